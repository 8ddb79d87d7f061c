import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { RegionStudiTiruQuery } from './queries';
import { Card } from '../../lib/ui/Card';
import { t, type DictKey } from './i18n';

/**
 * The region's part in the living lab: challenges it opened, the solutions it shares (most
 * replicated first), and the solutions it copies. Read on its own, so the profile shows even when this fails.
 */
export function StudiTiru(props: { code: string }) {
  const [result] = createQuery({ query: RegionStudiTiruQuery, variables: () => ({ code: props.code }) });
  const region = () => result.data?.region;
  const challenges = () => region()?.challenges ?? [];
  const replications = () => region()?.replications ?? [];
  const shared = () => region()?.solutions ?? [];
  return (
    <Show when={region()}>
      {(r) => (
        <>
          <Card title={t('profile.challenges')} class="lg:col-span-2">
            <p class="mb-2 text-sm text-slate-600" data-testid="region-studi-tiru-counts">
              {t('profile.studiTiruCounts', { opened: r().challengesOpened, shared: r().solutionsShared, here: r().solutionsReplicatedHere })}
            </p>
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
          <Card title={t('profile.shared')}>
            <p class="text-sm text-slate-700" data-testid="region-solutions-shared">
              {r().solutionsShared > 0 ? t('profile.sharedCount', { count: r().solutionsShared }) : t('profile.sharedNone')}
            </p>
            <Show when={shared().length > 0}>
              <ul class="mt-2 flex flex-col" data-testid="region-solutions">
                <For each={shared()}>
                  {(s) => (
                    <li class="flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 first:border-t-0">
                      <A href={`/tantangan/${s.challenge?.id ?? ''}/solusi/${s.id}`} class="inline-flex min-h-11 items-center font-medium text-teal-800 underline">
                        {s.title}
                      </A>
                      <span class="text-sm text-slate-600">{s.replicationCount > 0 ? t('profile.replicatedBy', { count: s.replicationCount }) : t('profile.notReplicated')}</span>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </Card>
          <Card title={t('profile.replicatedHere')}>
            <Show when={replications().length > 0} fallback={<p class="text-sm text-slate-600">{t('profile.replicatedNone')}</p>}>
              <ul class="flex flex-col" data-testid="region-replications">
                <For each={replications()}>
                  {(rep) => (
                    <li class="flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 first:border-t-0">
                      <Show when={rep.solution} fallback={<span>?</span>}>
                        {(s) => (
                          <A href={`/tantangan/${s().challenge?.id ?? ''}/solusi/${s().id}`} class="inline-flex min-h-11 items-center font-medium text-teal-800 underline">
                            {s().title}
                          </A>
                        )}
                      </Show>
                      <span class="text-sm text-slate-600">
                        {t('profile.from', { region: rep.solution?.region?.name ?? '' })} · {t(`profile.replication.${rep.status}` as DictKey)}
                      </span>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </Card>
        </>
      )}
    </Show>
  );
}
