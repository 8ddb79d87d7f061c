import { Show } from 'solid-js';
import { A } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { HomeRegionQuery } from '../queries';
import { Card } from '../../../lib/ui/Card';
import { PredicateBadge } from '../../../lib/ui/PredicateBadge';
import { formatScore } from '../../../lib/format';
import { localeTag } from '../../../lib/i18n';
import { t } from '../i18n';

/** The viewer's region: its latest complete index, its band, and the change since the index before. */
export function RegionSection(props: { code: string }) {
  const [result] = createQuery({ query: HomeRegionQuery, variables: () => ({ code: props.code }) });
  const region = () => result.data?.region;
  const indexed = () => (region()?.assessments ?? []).filter((a) => a.index !== null && a.index !== undefined).sort((a, b) => a.year - b.year);
  const latest = () => indexed().at(-1);
  const before = () => indexed().at(-2);
  const delta = () => {
    const l = latest(), b = before();
    if (!l || !b || l.index == null || b.index == null) return null;
    const d = l.index - b.index;
    return new Intl.NumberFormat(localeTag(), { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(d);
  };
  return (
    <Card title={t('home.region.title')} class="sm:col-span-2">
      <Show when={region()}>
        {(r) => (
          <div class="flex flex-col gap-2" data-testid="home-region">
            <A href={`/wilayah/${r().code}`} class="inline-flex min-h-11 items-center text-lg font-semibold text-teal-800 underline">
              {r().name}
            </A>
            <Show when={latest()} fallback={<p class="text-sm text-slate-700">{t('home.region.noIndex')}</p>}>
              {(l) => (
                <div class="flex flex-wrap items-center gap-3">
                  <span class="text-sm text-slate-600">{t('home.region.index', { year: l().year })}</span>
                  <span class="text-3xl font-bold text-slate-900" data-testid="home-region-index">
                    {formatScore(l().index)}
                  </span>
                  <PredicateBadge predicate={l().predicate} />
                  <Show when={delta()}>
                    {(d) => (
                      <span class="text-sm text-slate-700" data-testid="home-region-change">
                        {t('home.region.change', { delta: d(), year: before()!.year })}
                      </span>
                    )}
                  </Show>
                </div>
              )}
            </Show>
          </div>
        )}
      </Show>
    </Card>
  );
}
