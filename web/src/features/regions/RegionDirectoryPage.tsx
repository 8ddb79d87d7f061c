import { createMemo, createSignal, For, on, Show, createComputed } from 'solid-js';
import { useSearchParams } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { RegionDirectoryQuery } from './queries';
import { RegionFilters, SORTS } from './RegionFilters';
import { RegionRow } from './RegionRow';
import { createDebounced } from '../../lib/debounce';
import { formatNumber } from '../../lib/format';
import { t } from './i18n';
import { Button } from '../../lib/ui/Button';
import { ErrorBox } from '../../lib/ui/ErrorBox';
import { PageTitle } from '../../lib/ui/PageTitle';
import { Spinner } from '../../lib/ui/Spinner';

export const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 250;

type Params = { q?: string; provinsi?: string; kohort?: string; urut?: string };

const one = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

/** The region directory; filters and order live in the URL (?q=&provinsi=&kohort=&urut=) so links and Back keep them. */
export default function RegionDirectoryPage() {
  const [params, setParams] = useSearchParams<Params>();
  const [searchInput, setSearchInput] = createSignal(one(params.q));
  const [search, scheduleSearch] = createDebounced(one(params.q), SEARCH_DELAY_MS);
  const [after, setAfter] = createSignal<string | null>(null);

  const filters = createMemo(
    () => ({
      search: search().trim() || null,
      provinceCode: one(params.provinsi) || null,
      cohort: one(params.kohort) || null,
      // Absent, not null: the argument is non-null with a default (by code).
      sort: SORTS[one(params.urut) as keyof typeof SORTS] ?? undefined,
    }),
    undefined,
    { equals: (a, b) => a.search === b.search && a.provinceCode === b.provinceCode && a.cohort === b.cohort && a.sort === b.sort },
  );
  // A new filter starts again from the first page.
  createComputed(on(filters, () => setAfter(null), { defer: true }));
  createComputed(on(search, (q) => setParams({ q: q.trim() || undefined }, { replace: true }), { defer: true }));

  const [result, refetch] = createQuery({
    query: RegionDirectoryQuery,
    variables: () => ({ first: PAGE_SIZE, after: after(), ...filters() }),
  });

  const regions = () => result.data?.regions;
  const onSearch = (value: string) => {
    setSearchInput(value);
    scheduleSearch(value);
  };

  return (
    <>
      <PageTitle title={t('regions.title')} subtitle={t('regions.subtitle')} />
      <RegionFilters
        search={searchInput()}
        provinceCode={one(params.provinsi)}
        cohort={one(params.kohort)}
        sort={one(params.urut) in SORTS ? one(params.urut) : ''}
        onSearch={onSearch}
        onProvince={(v) => setParams({ provinsi: v || undefined })}
        onCohort={(v) => setParams({ kohort: v || undefined })}
        onSort={(v) => setParams({ urut: v || undefined })}
      />
      <div class="mt-4 flex min-h-6 items-center justify-between gap-2 text-sm text-slate-600" aria-live="polite">
        <Show when={regions()}>{(r) => <span data-testid="region-count">{t('regions.count', { count: formatNumber(r().totalCount) })}</span>}</Show>
        <Show when={result.fetching}>
          <Spinner size="sm" />
        </Show>
      </div>
      <ErrorBox error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      <div class="mt-2 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
        <div class="hidden grid-cols-[5rem_1fr_1fr_9rem] gap-x-3 border-b border-slate-200 bg-slate-50 px-4 py-2 text-xs font-semibold uppercase tracking-wide text-slate-500 sm:grid" aria-hidden="true">
          <span>{t('regions.col.code')}</span>
          <span>{t('regions.col.name')}</span>
          <span>{t('regions.col.province')}</span>
          <span class="text-right">{t('regions.col.index')}</span>
        </div>
        <ul class="divide-y divide-slate-100" aria-label={t('regions.title')}>
          <For each={regions()?.edges} fallback={<Show when={!result.fetching && regions()}><li class="px-4 py-6 text-center text-sm text-slate-500">{t('regions.empty')}</li></Show>}>
            {(edge) => <RegionRow region={edge.node} />}
          </For>
        </ul>
      </div>
      <Show when={regions()?.pageInfo.hasNextPage}>
        <div class="mt-4 flex justify-center">
          <Button variant="secondary" busy={result.fetching} data-testid="region-more" onClick={() => setAfter(regions()?.pageInfo.endCursor ?? null)}>
            {t('regions.loadMore', { shown: formatNumber(regions()?.edges.length ?? 0), total: formatNumber(regions()?.totalCount ?? 0) })}
          </Button>
        </div>
      </Show>
    </>
  );
}
