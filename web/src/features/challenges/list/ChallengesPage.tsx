import { createMemo, For, Match, Show, Switch } from 'solid-js';
import { A, useSearchParams } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { ChallengesQuery } from '../queries/list';
import { filterVariables, filtersFrom, sortFrom, type ChallengeParams } from '../filters';
import { ChallengeFilters } from './ChallengeFilters';
import { ChallengeCard } from './ChallengeCard';
import { canOpenChallenge } from '../roles';
import { createPages, uniqueBy } from '../../../lib/pages';
import { useMe } from '../../../lib/me';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { PageTitle } from '../../../lib/ui/PageTitle';
import { Spinner } from '../../../lib/ui/Spinner';
import { t } from '../i18n';

export const CHALLENGES_PAGE = 20;

/** `/tantangan`: challenges with filters and sort kept in the URL, page by page. */
export default function ChallengesPage() {
  const [search, setSearch] = useSearchParams<ChallengeParams>();
  const me = useMe();
  const filters = createMemo(() => filtersFrom(search), undefined, { equals: (a, b) => JSON.stringify(a) === JSON.stringify(b) });
  const sort = () => sortFrom(search);
  const variables = () => ({ ...filterVariables(filters()), sort: sort(), first: CHALLENGES_PAGE });
  const key = createMemo(() => JSON.stringify(variables()));
  const { pages, loadMore } = createPages(key, (after) => {
    const [state, refetch] = createQuery({ query: ChallengesQuery, variables: () => ({ ...variables(), after }), requestPolicy: after ? 'cache-first' : 'cache-and-network' });
    return { state, refetch };
  });
  const first = () => pages()[0];
  const last = () => pages().at(-1);
  const challenges = createMemo(() => uniqueBy(pages().flatMap((p) => p.state.data?.challenges.edges.map((e) => e.node) ?? []), (c) => c.id));
  const total = () => first()?.state.data?.challenges.totalCount ?? 0;
  const nextCursor = () => {
    const info = last()?.state.data?.challenges.pageInfo;
    return info?.hasNextPage ? info.endCursor : null;
  };
  const filtered = () => Object.values(filters()).some((v) => v !== null);

  return (
    <>
      <PageTitle
        title={t('challenges.title')}
        subtitle={t('challenges.subtitle')}
        actions={
          <Show when={canOpenChallenge(me.data?.me)}>
            <A href="/tantangan/baru" data-testid="challenge-new" class="inline-flex min-h-11 items-center rounded-md bg-teal-700 px-4 text-sm font-medium text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700">
              {t('challenges.new')}
            </A>
          </Show>
        }
      />
      <ChallengeFilters filters={filters()} sort={sort()} regionText={typeof search.wilayah === 'string' ? search.wilayah : ''} onChange={(patch) => setSearch(patch)} />
      <p class="mt-3 text-sm text-slate-600" role="status" data-testid="challenges-total">
        <Show when={first()?.state.data}>{t('challenges.total', { count: total() })}</Show>
      </p>
      <Switch>
        <Match when={first()?.state.error}>
          <ErrorBox error={first()?.state.error} onRetry={() => first()?.refetch({ requestPolicy: 'network-only' })} />
        </Match>
        <Match when={!first()?.state.data && first()?.state.fetching}>
          <Spinner label={t('common.loading')} />
        </Match>
        <Match when={first()?.state.data && challenges().length === 0}>
          <div class="mt-3 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center" data-testid="challenges-empty">
            <p class="text-slate-700">{filtered() ? t('challenges.emptyFiltered') : t('challenges.empty')}</p>
            <Show when={filtered()}>
              <button type="button" data-testid="challenges-empty-clear" class="mt-2 min-h-11 px-3 text-sm text-teal-800 underline" onClick={() => setSearch({ tahap: undefined, indikator: undefined, wilayah: undefined, provinsi: undefined, kohort: undefined, terbuka: undefined, ditiru: undefined })}>
                {t('challenges.clearFilters')}
              </button>
            </Show>
          </div>
        </Match>
        <Match when={challenges().length > 0}>
          <ul class="mt-3 grid gap-3 md:grid-cols-2" data-testid="challenge-list">
            <For each={challenges()}>{(c) => <ChallengeCard challenge={c} />}</For>
          </ul>
          <Show when={nextCursor()}>
            {(cursor) => (
              <div class="mt-4 flex justify-center">
                <Button variant="secondary" class="min-h-11" data-testid="challenges-more" busy={last()?.state.fetching} onClick={() => loadMore(cursor())}>
                  {t('challenges.more')}
                </Button>
              </div>
            )}
          </Show>
        </Match>
      </Switch>
    </>
  );
}
