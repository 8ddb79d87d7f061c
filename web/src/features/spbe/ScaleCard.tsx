import { For, Show } from 'solid-js';
import { formatScore } from '../../lib/format';
import { t } from './i18n';
import { Card } from '../../lib/ui/Card';
import { PredicateBadge } from '../../lib/ui/PredicateBadge';

interface Props {
  levels: { level: number; name: string }[];
  predicates: { name: string; minScore: number }[];
  maxLevel: number;
}

/** Maturity levels and predicate bands (bands come highest first). */
export function ScaleCard(props: Props) {
  const upper = (i: number) => (i === 0 ? props.maxLevel : props.predicates[i - 1]?.minScore);
  return (
    <div class="grid gap-4 sm:grid-cols-2">
      <Card title={t('spbe.levels')}>
        <Show when={props.levels.length > 0} fallback={<p class="text-sm text-slate-500">{t('spbe.notSet')}</p>}>
          <ol class="flex flex-col gap-1 text-sm">
            <For each={props.levels}>
              {(l) => (
                <li class="flex gap-2">
                  <span class="w-6 shrink-0 text-right font-semibold tabular-nums">{l.level}</span>
                  <span>{l.name}</span>
                </li>
              )}
            </For>
          </ol>
        </Show>
      </Card>
      <Card title={t('spbe.predicates')}>
        <Show when={props.predicates.length > 0} fallback={<p class="text-sm text-slate-500">{t('spbe.notSet')}</p>}>
          <table class="w-full text-sm">
            <caption class="sr-only">{t('spbe.predicates')}</caption>
            <thead>
              <tr class="text-left text-xs text-slate-500">
                <th scope="col" class="pb-1 font-medium">{t('spbe.predicate')}</th>
                <th scope="col" class="pb-1 text-right font-medium">{t('spbe.range')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.predicates}>
                {(p, i) => (
                  <tr>
                    <td class="py-1">
                      <PredicateBadge predicate={p.name} />
                    </td>
                    <td class="py-1 text-right tabular-nums">
                      {formatScore(p.minScore)} – {i() === 0 ? formatScore(upper(0)) : `< ${formatScore(upper(i()))}`}
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </Show>
      </Card>
    </div>
  );
}
