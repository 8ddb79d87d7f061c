import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
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
  regionCode: string;
}

/** Assessments still being filled in: how far along each one is; each opens its assessment screen. */
export function DraftList(props: Props) {
  return (
    <Show when={props.drafts.length > 0}>
      <ul class="flex flex-col gap-3" data-testid="draft-list">
        <For each={props.drafts}>
          {(d) => (
            <li>
              <A
                href={`/wilayah/${props.regionCode}/penilaian/${d.year}`}
                class="block min-h-11 rounded-md p-2 -m-2 hover:bg-slate-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-teal-700"
                data-testid="draft-link"
              >
                <div class="flex justify-between gap-2 text-sm">
                  <span class="shrink-0 whitespace-nowrap font-medium text-teal-800 underline">{t('profile.draftYear', { year: d.year })}</span>
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
              </A>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
