import { createMemo, createSignal, For, Match, Show, Switch } from 'solid-js';
import { A, useParams, useSearchParams } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { ChallengeQuery } from '../queries/challenge';
import { viewerOf } from './context';
import { OverviewTab } from './OverviewTab';
import { SolutionsTab } from '../tabs/SolutionsTab';
import { TeamTab } from '../tabs/TeamTab';
import { ResultsTab } from '../tabs/ResultsTab';
import { TimelineTab } from '../tabs/TimelineTab';
import { DiscussionTab } from '../tabs/DiscussionTab';
import { useChallengeLive } from './useChallengeLive';
import { FollowButton } from './FollowButton';
import { stageTone } from '../stages';
import { useFocusOnNavigate } from '../ui/focus';
import { useMe } from '../../../lib/me';
import { Badge } from '../../../lib/ui/Badge';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { PageTitle } from '../../../lib/ui/PageTitle';
import { Spinner } from '../../../lib/ui/Spinner';
import { t, type DictKey } from '../i18n';

export const TABS = ['ringkasan', 'solusi', 'tim', 'hasil', 'linimasa', 'diskusi'] as const;
export type Tab = (typeof TABS)[number];

/** `/tantangan/:id`: the challenge with its tabs, kept live by `challengeEvents`. */
export default function ChallengePage() {
  const params = useParams<{ id: string }>();
  const [search, setSearch] = useSearchParams<{ tab?: string }>();
  const me = useMe();
  const [result, refetch] = createQuery({ query: ChallengeQuery, variables: () => ({ id: params.id }) });
  const challenge = () => result.data?.challenge;
  const viewer = createMemo(() => {
    const c = challenge();
    return c ? viewerOf(me.data?.me, c) : null;
  });
  const tab = (): Tab => (TABS as readonly string[]).includes(search.tab ?? '') ? (search.tab as Tab) : 'ringkasan';
  const [announcement, setAnnouncement] = createSignal('');
  useChallengeLive({ challengeId: () => params.id, signedIn: () => !!me.data?.me, refetch: () => refetch({ requestPolicy: 'network-only' }), announce: setAnnouncement });
  useFocusOnNavigate(() => params.id, () => !!challenge());
  useFocusOnNavigate(tab, () => !!challenge() && !!search.tab, '#challenge-panel');

  const label = (tb: Tab): string => {
    const c = challenge();
    const base = t(`challenge.tab.${tb}` as DictKey);
    if (tb === 'solusi' && c) return `${base} (${c.solutionCount})`;
    if (tb === 'tim' && c) return `${base} (${c.teamCount})`;
    return base;
  };

  return (
    <Switch>
      <Match when={result.error}>
        <ErrorBox error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      </Match>
      <Match when={!result.data && result.fetching}>
        <Spinner label={t('common.loading')} />
      </Match>
      <Match when={result.data && !challenge()}>
        <PageTitle title={t('challenge.notFound')} />
        <A href="/tantangan" class="text-teal-800 underline">
          {t('challenges.back')}
        </A>
      </Match>
      <Match when={challenge()}>
        {(c) => (
          <>
            <A href="/tantangan" class="mb-1 inline-flex min-h-11 items-center text-sm text-teal-800 hover:underline">
              ← {t('challenges.back')}
            </A>
            <PageTitle
              title={c().title}
              subtitle={
                <span class="flex flex-wrap items-center gap-2">
                  <Badge tone={stageTone(c().stage)} testid="challenge-page-stage">
                    {t(`challenge.stage.${c().stage}`)}
                  </Badge>
                  <span>{c().regions.map((r) => r.name).join(', ')}</span>
                </span>
              }
              actions={
                <span class="flex flex-wrap gap-2">
                <Show when={me.data?.me}>
                  <FollowButton challengeId={c().id} following={c().followedByMe} count={c().followerCount} />
                </Show>
                <Show when={viewer()?.steer}>
                  <A href={`/tantangan/${c().id}/ubah`} class="inline-flex min-h-11 items-center rounded-md px-3 text-sm text-teal-800 ring-1 ring-slate-300 hover:bg-slate-50" data-testid="challenge-edit-link">
                    {t('challenges.edit.open')}
                  </A>
                </Show>
                <A href={`/tantangan/${c().id}/laporan`} class="inline-flex min-h-11 items-center rounded-md px-3 text-sm text-teal-800 ring-1 ring-slate-300 hover:bg-slate-50" data-testid="challenge-report-link">
                  {t('report.open')}
                </A>
                </span>
              }
            />
            <div class="sr-only" aria-live="polite" aria-atomic="true" data-testid="challenge-live-region">
              {announcement()}
            </div>
            <nav aria-label={t('challenge.tabs')} class="-mx-3 mb-4 overflow-x-auto px-3">
              <ul class="flex gap-1 border-b border-slate-200">
                <For each={TABS}>
                  {(tb) => (
                    <li>
                      <A
                        href={`/tantangan/${c().id}${tb === 'ringkasan' ? '' : `?tab=${tb}`}`}
                        data-testid={`tab-${tb}`}
                        aria-current={tab() === tb ? 'page' : undefined}
                        class={`inline-flex min-h-11 items-center whitespace-nowrap border-b-2 px-3 text-sm font-medium ${tab() === tb ? 'border-teal-700 text-teal-900' : 'border-transparent text-slate-600 hover:text-slate-900'}`}
                        onClick={(e) => {
                          e.preventDefault();
                          setSearch({ tab: tb === 'ringkasan' ? undefined : tb });
                        }}
                      >
                        {label(tb)}
                      </A>
                    </li>
                  )}
                </For>
              </ul>
            </nav>
            <section id="challenge-panel" aria-labelledby="challenge-panel-title" class="focus:outline-none">
              <h2 id="challenge-panel-title" class="sr-only">
                {t(`challenge.tab.${tab()}` as DictKey)}
              </h2>
              <Show when={viewer()}>
                {(v) => (
                  <Switch>
                    <Match when={tab() === 'ringkasan'}>
                      <OverviewTab challenge={c()} viewer={v()} />
                    </Match>
                    <Match when={tab() === 'solusi'}>
                      <SolutionsTab challenge={c()} viewer={v()} />
                    </Match>
                    <Match when={tab() === 'tim'}>
                      <TeamTab challenge={c()} viewer={v()} />
                    </Match>
                    <Match when={tab() === 'hasil'}>
                      <ResultsTab challenge={c()} />
                    </Match>
                    <Match when={tab() === 'linimasa'}>
                      <TimelineTab challenge={c()} />
                    </Match>
                    <Match when={tab() === 'diskusi'}>
                      <DiscussionTab challenge={c()} />
                    </Match>
                  </Switch>
                )}
              </Show>
            </section>
          </>
        )}
      </Match>
    </Switch>
  );
}
