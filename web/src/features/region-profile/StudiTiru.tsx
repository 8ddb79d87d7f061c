import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { RegionStudiTiruQuery } from './queries';
import { Card } from '../../lib/ui/Card';
import { t, type DictKey } from './i18n';

/**
 * The region's part in the living lab: challenges it opened, its solutions others copy, and
 * solutions it copies. Read on its own, so the profile shows even when this part fails.
 */
export function StudiTiru(props: { code: string }) {
  const [result] = createQuery({ query: RegionStudiTiruQuery, variables: () => ({ code: props.code }) });
  const challenges = () => result.data?.region?.challenges ?? [];
  return (
    <Show when={result.data?.region}>
      <Card title={t('profile.challenges')} class="lg:col-span-2">
        <Show when={challenges().length > 0} fallback={<p class="text-sm text-slate-600">{t('profile.challengesNone')}</p>}>
          <ul class="flex flex-col" data-testid="region-challenges">
            <For each={challenges()}>
              {(c) => (
                <li class="flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 first:border-t-0">
                  <A href={`/tantangan/${c.id}`} class="inline-flex min-h-11 items-center font-medium text-teal-800 underline">
                    {c.title}
                  </A>
                  <span class="text-sm text-slate-600">
                    {t(`profile.stage.${c.stage}` as DictKey)} · {t('profile.challengeCounts', { solutions: c.solutionCount, team: c.teamCount })}
                  </span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Card>
    </Show>
  );
}
