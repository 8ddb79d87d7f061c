import { createMemo, createSignal, For, Show } from 'solid-js';
import { A, useLocation, useParams, useSearchParams } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { ForumCategoriesQuery, ForumFeedEventsSubscription, ForumThreadsQuery, MyReadStatesSubscription } from '../queries/feed';
import { filtersFrom, sameFilters, sortFrom, threadMatches, type FilterParams } from '../filters';
import { useForumIndicators } from '../indicators';
import { THREADS_PAGE } from '../types';
import { ForumGate } from '../ForumGate';
import { CategoryChips } from './CategoryChips';
import { FeedFilters } from './FeedFilters';
import { SortSelect } from './SortSelect';
import { ThreadRow } from './ThreadRow';
import { NewTopicsBar } from './NewTopicsBar';
import { useSubscription } from '../../../lib/client/useSubscription';
import { useMe } from '../../../lib/me';
import { createLiveRegion } from '../../../lib/a11y/announce';
import { canModerateForum } from '../../../lib/roles';
import { createPages, uniqueBy } from '../../../lib/pages';
import { formatNumber } from '../../../lib/format';
import { t } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { PageTitle } from '../../../lib/ui/PageTitle';
import { Spinner } from '../../../lib/ui/Spinner';
import { Icon } from '../../../lib/ui/Icon';

const one = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

/** The latest feed, across categories (/forum) or in one (/forum/k/:categoryId, pinned first). */
export default function FeedPage() {
  return (
    <ForumGate>
      <Feed />
    </ForumGate>
  );
}

function Feed() {
  const params = useParams<{ categoryId?: string }>();
  const location = useLocation();
  const [search, setSearch] = useSearchParams<FilterParams>();
  const indicators = useForumIndicators();
  const filters = createMemo(() => filtersFrom(search, indicators.isValid, params.categoryId), undefined, { equals: sameFilters });
  const sort = () => sortFrom(search);
  const variables = () => ({ ...filters(), sort: sort(), first: THREADS_PAGE });
  const me = useMe();
  const [categories] = createQuery({ query: ForumCategoriesQuery });
  const category = () => categories.data?.categories.find((c) => c.id === params.categoryId);

  // Live: threads created or bumped elsewhere wait behind a "N topik baru" bar, as in Discourse.
  const [pending, setPending] = createSignal<string[]>([]);
  const [removed, setRemoved] = createSignal<string[]>([]);
  const live = createLiveRegion({ thread: (count: number) => t('forum.announce.threads', { count }) });
  const key = createMemo(() => JSON.stringify(variables()));
  const { pages, loadMore, reset } = createPages(key, (after) => {
    const [state, refetch] = createQuery({
      query: ForumThreadsQuery,
      variables: () => ({ ...variables(), after }),
      requestPolicy: after ? 'cache-first' : 'cache-and-network',
    });
    return { state, refetch };
  });
  const first = () => pages()[0];
  const last = () => pages().at(-1);
  const threads = createMemo(() =>
    uniqueBy(
      pages().flatMap((p) => p.state.data?.threads.edges.map((e) => e.node) ?? []),
      (n) => n.id,
    ).filter((n) => !removed().includes(n.id)),
  );

  const refresh = () => {
    setPending([]);
    setRemoved([]);
    reset();
    first()?.refetch({ requestPolicy: 'network-only' });
  };
  // Unread counts follow the user's other tabs and devices: each change arrives as the thread
  // with its read state, and the normalized cache updates every row that shows it.
  useSubscription({ query: MyReadStatesSubscription });
  useSubscription({
    query: ForumFeedEventsSubscription,
    variables: () => ({ categoryId: params.categoryId ?? null }),
    onData: ({ feedEvents: event }) => {
      const thread = event.thread;
      if (!thread || event.kind === 'THREAD_DELETED' || !threadMatches(thread, filters())) {
        setRemoved((ids) => (ids.includes(event.threadId) ? ids : [...ids, event.threadId]));
        return;
      }
      if (event.kind === 'THREAD_UPDATED') return; // the row updates itself from the cache
      // An empty list has nothing to keep in place: show the new topic at once, not "1 new" above "none yet".
      if (first()?.state.data && threads().length === 0) return refresh();
      if (threads()[0]?.id === thread.id && sort() !== 'MOST_REPLIES') return;
      if (!pending().includes(thread.id)) live.count('thread');
      setPending((ids) => (ids.includes(thread.id) ? ids : [...ids, thread.id]));
    },
    onReconnect: refresh,
  });

  const setFilter = (patch: Partial<FilterParams>) => setSearch(patch);
  const newThreadHref = () => `/forum/baru${params.categoryId ? `?kategori=${params.categoryId}` : ''}`;

  return (
    <>
      <live.Region />
      <PageTitle
        title={category()?.name ?? t('forum.title')}
        subtitle={category()?.description ?? t('forum.subtitle')}
        actions={
          <div class="flex flex-wrap gap-2">
            <Show when={canModerateForum(me.data?.me)}>
              <A href="/forum/moderasi" data-testid="forum-moderation" class="inline-flex min-h-10 items-center gap-1 rounded-md px-3 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100">
                <Icon name="shield" />
                {t('nav.moderation')}
              </A>
            </Show>
            <A href="/forum/cari" class="inline-flex min-h-10 items-center rounded-md px-3 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-100">
              <Icon name="search" />
              <span class="ml-1">{t('forum.search')}</span>
            </A>
            <A href={newThreadHref()} data-testid="forum-new-thread" class="inline-flex min-h-10 items-center rounded-md bg-teal-700 px-4 text-sm font-medium text-white hover:bg-teal-800">
              <Icon name="plus" />
              <span class="ml-1">{t('forum.newThread')}</span>
            </A>
          </div>
        }
      />
      <CategoryChips active={params.categoryId ?? null} search={location.search} />
      <div class="mt-3 flex flex-col gap-3">
        <FeedFilters filters={filters()} indicators={indicators.list()} regionText={one(search.wilayah)} tagText={one(search.tag)} onChange={setFilter} />
        <div class="flex flex-wrap items-center justify-between gap-2">
          <span class="text-sm text-slate-600" data-testid="feed-count" aria-live="polite">
            <Show when={first()?.state.data}>{(d) => <>{t('forum.count', { count: formatNumber(d().threads.totalCount) })}</>}</Show>
          </span>
          <SortSelect value={sort()} onChange={(v) => setFilter({ urut: v === 'LATEST_ACTIVITY' ? undefined : v })} />
        </div>
      </div>
      <NewTopicsBar count={pending().length} onShow={refresh} />
      <ErrorBox error={first()?.state.error} onRetry={refresh} />
      <div class="mt-2 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
        <ul class="divide-y divide-slate-100" aria-label={t('forum.title')} aria-busy={first()?.state.fetching}>
          <For
            each={threads()}
            fallback={
              <li class="px-4 py-8 text-center text-sm text-slate-500">
                <Show when={!first()?.state.fetching || first()?.state.data} fallback={<Spinner label={t('common.loading')} />}>
                  {t('forum.empty')}
                </Show>
              </li>
            }
          >
            {(thread) => <ThreadRow thread={thread} inCategory={!!params.categoryId} />}
          </For>
        </ul>
      </div>
      <Show when={last()?.state.data?.threads.pageInfo.hasNextPage}>
        <div class="mt-4 flex justify-center">
          <Button
            variant="secondary"
            data-testid="feed-more"
            busy={last()?.state.fetching}
            onClick={() => loadMore(last()?.state.data?.threads.pageInfo.endCursor ?? '')}
          >
            {t('forum.loadMore', { shown: formatNumber(threads().length), total: formatNumber(first()?.state.data?.threads.totalCount ?? 0) })}
          </Button>
        </div>
      </Show>
    </>
  );
}
