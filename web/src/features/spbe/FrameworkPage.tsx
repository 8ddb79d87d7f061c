import { createMemo, For, Match, Show, Switch } from 'solid-js';
import { useSearchParams } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { FrameworkDetailQuery, FrameworkListQuery } from './queries';
import { AspectList } from './AspectList';
import { ScaleCard } from './ScaleCard';
import { formatWeight } from '../../lib/format';
import { t } from './i18n';
import { Badge } from '../../lib/ui/Badge';
import { Card } from '../../lib/ui/Card';
import { ErrorBox } from '../../lib/ui/ErrorBox';
import { PageTitle } from '../../lib/ui/PageTitle';
import { Select } from '../../lib/ui/Select';
import { Spinner } from '../../lib/ui/Spinner';

/** Browse a framework: domains > aspects > indicators with weights, levels and predicate bands. */
export default function FrameworkPage() {
  const [params, setParams] = useSearchParams<{ kerangka?: string }>();
  const [list] = createQuery({ query: FrameworkListQuery });
  const frameworks = () => list.data?.spbeFrameworks ?? [];
  // Default: the newest framework that can be assessed, else the newest.
  const code = createMemo(() => {
    const chosen = params.kerangka;
    if (typeof chosen === 'string' && chosen) return chosen;
    return (frameworks().find((f) => !f.isDraft) ?? frameworks()[0])?.code ?? '';
  });
  const [detail] = createQuery({ query: FrameworkDetailQuery, variables: () => ({ code: code() }), pause: () => !code() });
  const fw = () => detail.data?.spbeFramework;
  const looseAspects = () => {
    const f = fw();
    if (!f) return [];
    const inDomain = new Set(f.domains.flatMap((d) => d.aspects.map((a) => a.id)));
    return f.aspects.filter((a) => !inDomain.has(a.id));
  };

  return (
    <>
      <PageTitle title={t('spbe.title')} subtitle={t('spbe.subtitle')} />
      <ErrorBox error={list.error ?? detail.error} />
      <Select
        class="mb-4 max-w-md"
        label={t('spbe.framework')}
        value={code()}
        options={frameworks().map((f) => ({ value: f.code, label: f.isDraft ? `${f.title} (${t('spbe.draft')})` : f.title }))}
        onChange={(e) => setParams({ kerangka: e.currentTarget.value })}
      />
      <Switch>
        <Match when={(list.fetching || detail.fetching) && !fw()}>
          <Spinner label={t('common.loading')} />
        </Match>
        <Match when={fw()}>
          {(f) => (
            <div class="flex flex-col gap-4">
              <div class="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                <Badge tone="neutral">{f().code}</Badge>
                <Show when={f().isDraft} fallback={<span>{t('spbe.summary', { domains: f().domains.length, aspects: f().aspects.length, indicators: f().indicatorCount })}</span>}>
                  <Badge tone="amber" testid="framework-draft">
                    {t('spbe.draft')}
                  </Badge>
                </Show>
              </div>
              <Show when={f().isDraft}>
                <p role="note" class="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
                  {t('spbe.draftNote')}
                </p>
              </Show>
              <ScaleCard levels={f().levels} predicates={f().predicates} maxLevel={f().maxLevel} />
              <For each={f().domains}>
                {(domain) => (
                  <Card
                    title={`${t('spbe.domain')} ${domain.number}. ${domain.name}`}
                    actions={<span class="text-sm font-semibold tabular-nums">{t('spbe.weightLabel', { weight: formatWeight(domain.weightPercent) })}</span>}
                  >
                    <AspectList aspects={domain.aspects} />
                  </Card>
                )}
              </For>
              <Show when={looseAspects().length > 0}>
                <Card title={t('spbe.aspects')}>
                  <AspectList aspects={looseAspects()} />
                </Card>
              </Show>
            </div>
          )}
        </Match>
      </Switch>
    </>
  );
}
