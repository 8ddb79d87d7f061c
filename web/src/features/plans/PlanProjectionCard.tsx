import { For, Show } from 'solid-js';
import type { PlanQuery } from '../../gql/graphql';
import { Card } from '../../lib/ui/Card';
import { PredicateBadge } from '../../lib/ui/PredicateBadge';
import { formatPercent, formatScore } from '../../lib/format';
import { t } from './i18n';

type Plan = NonNullable<PlanQuery['plan']>;

/** The index if every target is met, beside the current one, with the domains. */
export function PlanProjectionCard(props: { projection: Plan['projection'] }) {
  const p = () => props.projection;
  return (
    <Card title={t('plan.projection.title')}>
      <dl class="mb-3 grid grid-cols-2 gap-3">
        <div>
          <dt class="text-xs text-slate-600">{t('plan.projection.current')}</dt>
          <dd class="text-2xl font-bold tabular-nums text-slate-900" data-testid="plan-current-index">
            {formatScore(p().currentIndex)} <PredicateBadge predicate={p().currentPredicate} />
          </dd>
          <dd class="text-xs text-slate-600">
            <Show when={p().baseYear} fallback={t('plan.projection.noBase')}>
              {(year) => t('plan.projection.currentFrom', { year: year() })}
            </Show>
          </dd>
        </div>
        <div>
          <dt class="text-xs text-slate-600">{t('plan.projection.projected')}</dt>
          <dd class="text-2xl font-bold tabular-nums text-teal-900" data-testid="plan-projected-index">
            {formatScore(p().index)} <PredicateBadge predicate={p().predicate} />
          </dd>
          <Show when={p().index === null}>
            <dd class="text-xs text-slate-600">{t('plan.projection.incomplete', { percent: formatPercent(p().completeness) })}</dd>
          </Show>
        </div>
      </dl>
      <table class="w-full text-left text-sm">
        <caption class="sr-only">{t('plan.projection.title')}</caption>
        <thead class="text-xs text-slate-600">
          <tr>
            <th scope="col" class="py-1 pr-2">{t('plan.projection.domain')}</th>
            <th scope="col" class="py-1 pr-2 text-right">{t('plan.projection.domainCurrent')}</th>
            <th scope="col" class="py-1 text-right">{t('plan.projection.domainProjected')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={p().domainScores}>
            {(d) => (
              <tr class="border-t border-slate-100">
                <th scope="row" class="py-1 pr-2 font-normal">{d.domain.name}</th>
                <td class="py-1 pr-2 text-right tabular-nums">{formatScore(d.current)}</td>
                <td class="py-1 text-right font-medium tabular-nums">{formatScore(d.projected)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </Card>
  );
}
