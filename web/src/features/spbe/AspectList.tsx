import { For, Show } from 'solid-js';
import { formatWeight } from '../../lib/format';
import { t } from './i18n';

export interface AspectView {
  id: string;
  number: number;
  name: string;
  weightPercent: number;
  indicators: { id: string; number: number; name: string; weightPercent: number }[];
}

interface Props {
  aspects: AspectView[];
}

/** Aspects with their weights; each opens to its indicators (when the framework has them). */
export function AspectList(props: Props) {
  return (
    <ul class="flex flex-col gap-2">
      <For each={props.aspects}>
        {(aspect) => (
          <li class="rounded-md border border-slate-200">
            <Show
              when={aspect.indicators.length > 0}
              fallback={
                <div class="flex items-center justify-between gap-2 px-3 py-2 text-sm">
                  <span>
                    {t('spbe.aspect')} {aspect.number}. {aspect.name}
                  </span>
                  <span class="shrink-0 font-semibold tabular-nums">{formatWeight(aspect.weightPercent)}</span>
                </div>
              }
            >
              <details>
                <summary class="flex cursor-pointer list-none items-center justify-between gap-2 px-3 py-2 text-sm hover:bg-slate-50">
                  <span>
                    {t('spbe.aspect')} {aspect.number}. {aspect.name}{' '}
                    <span class="text-xs text-slate-500">({t('spbe.indicatorCount', { count: aspect.indicators.length })})</span>
                  </span>
                  <span class="shrink-0 font-semibold tabular-nums">{formatWeight(aspect.weightPercent)}</span>
                </summary>
                <ol class="divide-y divide-slate-100 border-t border-slate-200 text-sm">
                  <For each={aspect.indicators}>
                    {(ind) => (
                      <li class="flex items-start justify-between gap-3 px-3 py-2">
                        <span>
                          <span class="mr-1 tabular-nums text-slate-500">I{ind.number}</span>
                          {ind.name}
                        </span>
                        <span class="shrink-0 tabular-nums text-slate-600">{formatWeight(ind.weightPercent)}</span>
                      </li>
                    )}
                  </For>
                </ol>
              </details>
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}
