import { Show } from 'solid-js';
import { A } from '@solidjs/router';
import type { RegionDirectoryQuery } from '../../gql/graphql';
import { formatScore } from '../../lib/format';
import { t } from './i18n';
import { PredicateBadge } from '../../lib/ui/PredicateBadge';

export type RegionNode = RegionDirectoryQuery['regions']['edges'][number]['node'];

interface Props {
  region: RegionNode;
}

/** One region: a card on phones, a table-like row from `sm` up. The whole row is the link. */
export function RegionRow(props: Props) {
  return (
    <li data-testid="region-row" data-code={props.region.code}>
      <A
        href={`/wilayah/${props.region.code}`}
        class="grid grid-cols-[1fr_auto] items-center gap-x-3 gap-y-0.5 px-3 py-3 hover:bg-teal-50/60 focus-visible:bg-teal-50 sm:grid-cols-[5rem_1fr_1fr_9rem] sm:px-4"
      >
        <span class="order-1 min-w-0 font-medium text-slate-900 sm:order-2">{props.region.name}</span>
        <span class="order-2 row-span-2 flex flex-col items-end gap-1 sm:order-4 sm:row-span-1 sm:flex-row sm:items-center sm:justify-end sm:gap-2">
          <Show when={props.region.latestAssessment} fallback={<span class="text-xs text-slate-600">{t('regions.noIndex')}</span>}>
            {(a) => (
              <>
                <span class="text-base font-semibold tabular-nums text-slate-900" title={t('regions.indexYear', { year: a().year })}>
                  {formatScore(a().index)}
                </span>
                <PredicateBadge predicate={a().predicate} />
              </>
            )}
          </Show>
        </span>
        <span class="order-3 flex min-w-0 gap-1 text-xs text-slate-500 sm:contents sm:text-sm">
          <span class="tabular-nums sm:order-1">{props.region.code}</span>
          <span aria-hidden="true" class="sm:hidden">
            ·
          </span>
          <span class="truncate sm:order-3 sm:text-slate-600">{props.region.province.name}</span>
        </span>
      </A>
    </li>
  );
}
