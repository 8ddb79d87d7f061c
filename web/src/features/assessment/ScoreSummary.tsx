import { Show } from 'solid-js';
import { formatDate, formatPercent, formatScore } from '../../lib/format';
import { Badge } from '../../lib/ui/Badge';
import { PredicateBadge } from '../../lib/ui/PredicateBadge';
import { t } from './i18n';

export interface SummaryView {
  index?: number | null;
  provisionalIndex?: number | null;
  predicate?: string | null;
  completeness: number;
  levelCount: number;
  indicatorCount: number;
  updatedAt?: string;
}

/** Completeness and the index the saved levels give, both as the server computed them. */
export function ScoreSummary(props: { assessment: SummaryView }) {
  const a = () => props.assessment;
  const complete = () => a().index !== null && a().index !== undefined;
  return (
    <div class="flex flex-col gap-3" data-testid="assessment-summary">
      <div class="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span class="text-sm text-slate-700">{complete() ? t('assess.index') : t('assess.provisional')}</span>
        <span class="text-4xl font-bold tabular-nums text-teal-800" data-testid="assessment-index">
          {formatScore(complete() ? a().index : a().provisionalIndex)}
        </span>
        <span class="text-sm text-slate-600">/ 5</span>
        <Show when={complete()} fallback={<Badge tone="amber">{t('assess.draft')}</Badge>}>
          <PredicateBadge predicate={a().predicate} class="text-sm" />
        </Show>
      </div>
      <Show when={!complete()}>
        <p class="text-sm text-slate-600">{a().levelCount > 0 ? t('assess.provisionalNote', { done: a().levelCount }) : t('assess.noIndexYet')}</p>
      </Show>
      <div>
        <p class="text-sm tabular-nums text-slate-700" data-testid="assessment-completeness">
          {t('assess.completeness', { pct: formatPercent(a().completeness), done: a().levelCount, total: a().indicatorCount })}
        </p>
        <div
          class="mt-1 h-2 w-full overflow-hidden rounded-full bg-slate-200"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(a().completeness * 100)}
          aria-label={t('assess.summary')}
        >
          <div class={`h-full ${complete() ? 'bg-teal-700' : 'bg-amber-500'}`} style={{ width: `${a().completeness * 100}%` }} />
        </div>
      </div>
      <Show when={a().updatedAt}>{(at) => <p class="text-xs text-slate-600">{t('assess.updatedAt', { date: formatDate(at()) })}</p>}</Show>
    </div>
  );
}
