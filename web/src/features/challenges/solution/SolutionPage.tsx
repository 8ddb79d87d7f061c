import { createMemo, For, Match, Show, Switch } from 'solid-js';
import { A, useParams } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { SolutionQuery } from '../queries/solution';
import { isFinal, viewerOf } from '../challenge/context';
import { SolutionCard } from '../solutions/SolutionCard';
import { ReplicationSection } from './ReplicationSection';
import { EditSolutionForm } from './EditSolutionForm';
import { useFocusOnNavigate } from '../ui/focus';
import { useChallengeLive } from '../challenge/useChallengeLive';
import { formatDate } from '../../../lib/format';
import { useMe } from '../../../lib/me';
import { Card } from '../../../lib/ui/Card';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { PageTitle } from '../../../lib/ui/PageTitle';
import { Spinner } from '../../../lib/ui/Spinner';
import { t } from '../i18n';

/** `/tantangan/:id/solusi/:solutionId`: one solution with its edit history, replications and lineage. */
export default function SolutionPage() {
  const params = useParams<{ id: string; solutionId: string }>();
  const me = useMe();
  const [result, refetch] = createQuery({ query: SolutionQuery, variables: () => ({ id: params.solutionId }) });
  const solution = () => result.data?.solution;
  const viewer = createMemo(() => {
    const s = solution();
    return s?.challenge ? viewerOf(me.data?.me, s.challenge) : null;
  });
  useFocusOnNavigate(() => params.solutionId, () => !!solution());
  // Supports, endorsements, decisions and replications of this solution arrive with its challenge's events.
  useChallengeLive({ challengeId: () => params.id, signedIn: () => !!me.data?.me, refetch: () => refetch({ requestPolicy: 'network-only' }) });
  return (
    <Switch>
      <Match when={result.error}>
        <ErrorBox error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      </Match>
      <Match when={!result.data && result.fetching}>
        <Spinner label={t('common.loading')} />
      </Match>
      <Match when={result.data && !solution()}>
        <PageTitle title={t('solution.notFound')} />
        <A href={`/tantangan/${params.id}`} class="text-teal-800 underline">
          {t('solution.back')}
        </A>
      </Match>
      <Match when={solution()}>
        {(s) => (
          <>
            <A href={`/tantangan/${params.id}?tab=solusi`} class="mb-1 inline-flex min-h-11 items-center text-sm text-teal-800 hover:underline">
              ← {s().challenge?.title ?? t('solution.back')}
            </A>
            <PageTitle title={s().title} />
            <div class="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
              <Show when={viewer()}>
                {(v) => (
                  <div class="flex flex-col gap-3">
                    <ul>
                      <SolutionCard challengeId={params.id} solution={s()} viewer={v()} open={!isFinal(s().challenge?.stage ?? 'CLOSED')} standalone />
                    </ul>
                    <Show when={v().id !== undefined && v().id === s().author?.id && !isFinal(s().challenge?.stage ?? 'CLOSED')}>
                      <EditSolutionForm solutionId={s().id} title={s().title} descriptionMarkdown={s().descriptionMarkdown} onSaved={() => refetch({ requestPolicy: 'network-only' })} />
                    </Show>
                  </div>
                )}
              </Show>
              <div class="flex flex-col gap-4">
                <ReplicationSection solution={s()} viewer={viewer()} path={`/tantangan/${params.id}/solusi/${s().id}`} />
                <Card title={t('solution.history')}>
                  <Show when={s().revisions.length > 0} fallback={<p class="text-sm text-slate-600">{t('solution.historyEmpty')}</p>}>
                    <ol class="flex flex-col gap-2" data-testid="solution-revisions">
                      <For each={s().revisions}>
                        {(r) => (
                          <li>
                            <details class="rounded border border-slate-200 p-2">
                              <summary class="min-h-11 cursor-pointer content-center text-sm">{t('solution.revision', { date: formatDate(r.createdAt), name: r.editor?.name ?? '' })}</summary>
                              <p class="font-medium">{r.title}</p>
                              <pre class="whitespace-pre-wrap font-sans text-sm text-slate-700">{r.descriptionMarkdown}</pre>
                            </details>
                          </li>
                        )}
                      </For>
                    </ol>
                  </Show>
                </Card>
              </div>
            </div>
          </>
        )}
      </Match>
    </Switch>
  );
}
