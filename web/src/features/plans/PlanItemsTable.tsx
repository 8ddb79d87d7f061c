import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import type { PlanQuery } from '../../gql/graphql';
import { Badge, type Tone } from '../../lib/ui/Badge';
import { formatDate } from '../../lib/format';
import { RelativeTime } from '../../lib/ui/RelativeTime';
import { t } from './i18n';

type Item = NonNullable<PlanQuery['plan']>['items'][number];

const STATUS_TONE: Record<Item['status'], Tone> = { PLANNED: 'neutral', IN_PROGRESS: 'blue', DONE: 'green', BLOCKED: 'red' };

/** The latest change of an item: who changed which field last ("diubah oleh Siti"). */
const lastChange = (item: Item) => [...item.changes].sort((a, b) => b.at.localeCompare(a.at))[0];

/** The items as a table that scrolls sideways on phones. */
export function PlanItemsTable(props: { items: Item[] }) {
  return (
    <Show when={props.items.length} fallback={<p class="text-sm text-slate-600" data-testid="plan-items-empty">{t('plan.items.empty')}</p>}>
      {/* Focusable so keyboard users can scroll a table wider than a phone (WCAG 2.1.1). */}
      <div class="overflow-x-auto" tabindex="0" role="region" aria-label={t('plan.items.title')}>
        <table class="w-full min-w-[48rem] text-left text-sm" data-testid="plan-items">
          <caption class="sr-only">{t('plan.items.title')}</caption>
          <thead class="text-xs text-slate-600">
            <tr>
              <th scope="col" class="py-1 pr-2">{t('plan.items.indicator')}</th>
              <th scope="col" class="py-1 pr-2">{t('plan.items.levels')}</th>
              <th scope="col" class="py-1 pr-2">{t('plan.items.actions')}</th>
              <th scope="col" class="py-1 pr-2">{t('plan.items.owner')}</th>
              <th scope="col" class="py-1 pr-2">{t('plan.items.due')}</th>
              <th scope="col" class="py-1 pr-2">{t('plan.items.status')}</th>
              <th scope="col" class="py-1 pr-2">{t('plan.items.link')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.items}>
              {(item) => (
                <tr class="border-t border-slate-100 align-top" data-testid="plan-item">
                  <th scope="row" class="py-2 pr-2 font-medium">
                    {item.indicator.number}. {item.indicator.name}
                    <Show when={lastChange(item)}>
                      {(c) => (
                        <span class="block text-xs font-normal text-slate-600" data-testid="plan-item-changed">
                          {t('plan.items.lastChange', { name: c().by?.name ?? '–' })}, <RelativeTime iso={c().at} />
                        </span>
                      )}
                    </Show>
                  </th>
                  <td class="py-2 pr-2 tabular-nums">
                    {item.currentLevel ?? t('plan.items.noLevel')} → <strong>{item.targetLevel}</strong>
                  </td>
                  <td class="py-2 pr-2 whitespace-pre-line">{item.actions || '–'}</td>
                  <td class="py-2 pr-2">{item.owner?.name ?? '–'}</td>
                  <td class="py-2 pr-2 whitespace-nowrap">{item.dueOn ? formatDate(item.dueOn) : '–'}</td>
                  <td class="py-2 pr-2">
                    <Badge tone={STATUS_TONE[item.status]}>{t(`plan.status.${item.status}`)}</Badge>
                  </td>
                  <td class="py-2 pr-2">
                    <Show when={item.challenge} fallback="–">
                      {(c) => (
                        <A href={item.solution ? `/tantangan/${c().id}/solusi/${item.solution.id}` : `/tantangan/${c().id}`} class="text-teal-800 underline">
                          {item.solution?.title ?? c().title}
                        </A>
                      )}
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  );
}
