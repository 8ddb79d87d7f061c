import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { HomePlansQuery } from '../queries';
import { Badge } from '../../../lib/ui/Badge';
import { Card } from '../../../lib/ui/Card';
import { formatScore } from '../../../lib/format';
import { t } from '../i18n';

/** The region's improvement plans (those the viewer may read), each with the index its targets would reach. */
export function PlansSection(props: { regionCode: string }) {
  const [result] = createQuery({ query: HomePlansQuery, variables: () => ({ regionCode: props.regionCode }) });
  const plans = () => result.data?.plans.edges.map((e) => e.node) ?? [];
  return (
    <Card title={t('home.plans.title')}>
      <Show when={plans().length > 0} fallback={<p class="text-sm text-slate-600">{t('home.plans.empty')}</p>}>
        <ul class="flex flex-col" data-testid="home-plans">
          <For each={plans()}>
            {(p) => (
              <li class="flex flex-col gap-1 border-t border-slate-100 py-2 first:border-t-0">
                <A href={`/rencana/${p.id}`} class="inline-flex min-h-11 items-center font-medium text-teal-800 underline">
                  {p.title}
                </A>
                <span class="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                  <Badge tone="neutral">{t(`home.planState.${p.state}`)}</Badge>
                  {t('home.plans.projection', { year: p.year, from: formatScore(p.projection.currentIndex), to: formatScore(p.projection.index) })}
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </Card>
  );
}
