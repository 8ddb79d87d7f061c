import { For, Show } from 'solid-js';
import { formatPercent } from '../../lib/format';
import { t } from './i18n';

export interface DraftAssessment {
  id: string;
  year: number;
  completeness: number;
  levelCount: number;
  indicatorCount: number;
}

interface Props {
  drafts: DraftAssessment[];
}

/** Assessments still being filled in: how far along each one is. */
export function DraftList(props: Props) {
  return (
    <Show when={props.drafts.length > 0}>
      <ul class="flex flex-col gap-3" data-testid="draft-list">
        <For each={props.drafts}>
          {(d) => (
            <li>
              <div class="flex justify-between gap-2 text-sm">
                <span class="shrink-0 whitespace-nowrap font-medium">{t('profile.draftYear', { year: d.year })}</span>
                <span class="text-right tabular-nums text-slate-600">
                  {t('profile.draftProgress', { pct: formatPercent(d.completeness), done: d.levelCount, total: d.indicatorCount })}
                </span>
              </div>
              <div
                class="mt-1 h-2 w-full overflow-hidden rounded-full bg-slate-200"
                role="progressbar"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(d.completeness * 100)}
                aria-label={t('profile.draftYear', { year: d.year })}
              >
                <div class="h-full bg-amber-500" style={{ width: `${d.completeness * 100}%` }} />
              </div>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
