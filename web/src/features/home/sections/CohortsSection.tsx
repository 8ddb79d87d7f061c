import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { HomeCohortsQuery } from '../queries';
import { Card } from '../../../lib/ui/Card';
import { t } from '../i18n';

/** For facilitators: the cohorts of the programme, each leading to its regions and its challenges. */
export function CohortsSection() {
  const [result] = createQuery({ query: HomeCohortsQuery });
  const cohorts = () => result.data?.cohorts ?? [];
  return (
    <Card title={t('home.cohorts.title')} class="sm:col-span-2">
      <Show when={cohorts().length > 0} fallback={<p class="text-sm text-slate-600">{t('home.cohorts.empty')}</p>}>
        <ul class="flex flex-col" data-testid="home-cohorts">
          <For each={cohorts()}>
            {(c) => (
              <li class="flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 py-1 first:border-t-0">
                <A href={`/wilayah?kohort=${encodeURIComponent(c.slug)}`} class="inline-flex min-h-11 items-center font-medium text-teal-800 underline">
                  {c.name}
                </A>
                <span class="flex flex-wrap items-center gap-3 text-sm text-slate-700">
                  {t('home.cohorts.members', { count: c.memberCount })}
                  <A href={`/tantangan?kohort=${encodeURIComponent(c.slug)}`} class="inline-flex min-h-11 items-center text-teal-800 underline">
                    {t('home.cohorts.challenges')}
                  </A>
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </Card>
  );
}
