import { createComputed, createMemo, createSignal, For, on, Show } from 'solid-js';
import { useSearchParams } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { ForumSearchQuery } from '../queries/search';
import { filtersFrom, sameFilters, type FilterParams } from '../filters';
import { useForumIndicators } from '../indicators';
import { THREADS_PAGE } from '../types';
import { ForumGate } from '../ForumGate';
import { FeedFilters } from '../feed/FeedFilters';
import { SearchResult } from './SearchResult';
import { createDebounced } from '../../../lib/debounce';
import { createPages, uniqueBy } from '../../../lib/pages';
import { formatNumber } from '../../../lib/format';
import { t } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { inputClass } from '../../../lib/ui/Field';
import { PageTitle } from '../../../lib/ui/PageTitle';
import { Spinner } from '../../../lib/ui/Spinner';

const SEARCH_DELAY_MS = 300;
const one = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

export default function SearchPage() {
  return (
    <>
      <PageTitle title={t('forum.search.title')} subtitle={t('forum.search.subtitle')} />
      <ForumGate>
        <Search />
      </ForumGate>
    </>
  );
}

/** /forum/cari?q= — full-text search with the feed's filters; ?q= keeps the words in the URL. */
function Search() {
  const [params, setParams] = useSearchParams<FilterParams>();
  const [input, setInput] = createSignal(one(params.q));
  const [query, schedule] = createDebounced(one(params.q), SEARCH_DELAY_MS);
  const indicators = useForumIndicators();
  const filters = createMemo(() => filtersFrom(params, indicators.isValid), undefined, { equals: sameFilters });
  createComputed(on(query, (q) => setParams({ q: q.trim() || undefined }, { replace: true }), { defer: true }));
  const words = () => query().trim();
  const key = createMemo(() => JSON.stringify([words(), filters()]));

  const { pages, loadMore } = createPages(key, (after) => {
    const [state] = createQuery({
      query: ForumSearchQuery,
      variables: () => ({ query: words(), ...filters(), first: THREADS_PAGE, after }),
      pause: () => words().length < 2,
      requestPolicy: 'cache-and-network',
    });
    return state;
  });
  const first = () => pages()[0];
  const last = () => pages().at(-1);
  const hits = () =>
    uniqueBy(
      pages().flatMap((p) => p.data?.search.edges.map((e) => e.node) ?? []),
      (h) => `${h.thread.id}:${h.post?.id ?? ''}`,
    );

  return (
    <div class="flex flex-col gap-3">
      <form role="search" onSubmit={(e) => e.preventDefault()} class="flex flex-col gap-1">
        <label for="forum-search" class="text-sm font-medium text-slate-700">
          {t('forum.search.label')}
        </label>
        <input
          id="forum-search"
          type="search"
          data-testid="search-input"
          autocomplete="off"
          class={inputClass}
          placeholder={t('forum.search.placeholder')}
          value={input()}
          onInput={(e) => {
            setInput(e.currentTarget.value);
            schedule(e.currentTarget.value);
          }}
        />
        <p class="text-xs text-slate-500">{t('forum.search.hint')}</p>
      </form>
      <FeedFilters filters={filters()} indicators={indicators.list()} regionText={one(params.wilayah)} tagText={one(params.tag)} onChange={(patch) => setParams(patch)} withCategory />
      <div class="flex min-h-6 items-center gap-2 text-sm text-slate-600" aria-live="polite">
        <Show when={words().length >= 2 && first()?.data}>{(d) => <span data-testid="search-count">{t('forum.search.count', { count: formatNumber(d().search.totalCount) })}</span>}</Show>
        <Show when={first()?.fetching}>
          <Spinner size="sm" />
        </Show>
      </div>
      <ErrorBox error={first()?.error} />
      <Show when={words().length >= 2}>
        <ul class="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm" aria-label={t('forum.search.results')}>
          <For each={hits()} fallback={<Show when={!first()?.fetching}><li class="px-4 py-8 text-center text-sm text-slate-500">{t('forum.search.empty')}</li></Show>}>
            {(hit) => <SearchResult hit={hit} />}
          </For>
        </ul>
      </Show>
      <Show when={words().length >= 2 && last()?.data?.search.pageInfo.hasNextPage}>
        <div class="flex justify-center">
          <Button variant="secondary" data-testid="search-more" busy={last()?.fetching} onClick={() => loadMore(last()?.data?.search.pageInfo.endCursor ?? '')}>
            {t('forum.search.more')}
          </Button>
        </div>
      </Show>
    </div>
  );
}
