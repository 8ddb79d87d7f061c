import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { A, useParams } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { PlanQuery, PlanEventsSubscription } from './queries';
import { PlanItemsTable } from './PlanItemsTable';
import { PlanProjectionCard } from './PlanProjectionCard';
import { useSubscription } from '../../lib/client/useSubscription';
import { useMe } from '../../lib/me';
import { Badge, type Tone } from '../../lib/ui/Badge';
import { Card } from '../../lib/ui/Card';
import { ErrorBox } from '../../lib/ui/ErrorBox';
import { PageTitle } from '../../lib/ui/PageTitle';
import { Spinner } from '../../lib/ui/Spinner';
import { formatNumber } from '../../lib/format';
import type { PlanState } from '../../gql/graphql';
import { t } from './i18n';

const STATE_TONE: Record<PlanState, Tone> = { DRAFT: 'neutral', IN_REVIEW: 'blue', CHANGES_REQUESTED: 'amber', APPROVED: 'green' };

/** `/rencana/:id`: a plan read-only (items, projected index, priorities, members), kept live by `planEvents`. */
export default function PlanPage() {
  const params = useParams<{ id: string }>();
  const me = useMe();
  const signedIn = () => !!me.data?.me;
  const [result, refetch] = createQuery({ query: PlanQuery, variables: () => ({ id: params.id }), pause: () => !signedIn() });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [announcement, setAnnouncement] = createSignal('');
  useSubscription({
    query: PlanEventsSubscription,
    variables: () => ({ planId: params.id }),
    pause: () => !signedIn(),
    onData: (data) => {
      reload();
      const by = data.planEvents.by?.name;
      if (by) setAnnouncement(t('plan.live.changed', { name: by }));
    },
    onReconnect: reload,
  });
  const plan = () => result.data?.plan;

  return (
    <Switch>
      <Match when={!me.fetching && me.data && !me.data.me}>
        <PageTitle title={t('plan.signIn')} />
        <A href="/masuk" class="text-teal-800 underline">{t('nav.signIn')}</A>
      </Match>
      <Match when={result.error}>
        <ErrorBox error={result.error} onRetry={reload} />
      </Match>
      <Match when={!result.data}>
        <Spinner label={t('common.loading')} />
      </Match>
      <Match when={result.data && !plan()}>
        <PageTitle title={t('plan.notFound')} />
      </Match>
      <Match when={plan()}>
        {(p) => (
          <>
            <PageTitle
              title={p().title}
              subtitle={
                <span class="flex flex-wrap items-center gap-2">
                  <Badge tone={STATE_TONE[p().state]} testid="plan-state">{t(`plan.state.${p().state}`)}</Badge>
                  <Show when={p().isDemo}>
                    <Badge tone="violet">{t('plan.demo')}</Badge>
                  </Show>
                  <span>{t('plan.meta', { region: p().region.name, framework: p().framework.code, year: p().year })}</span>
                </span>
              }
            />
            <div class="sr-only" aria-live="polite" aria-atomic="true" data-testid="plan-live-region">
              {announcement()}
            </div>
            <Show when={p().sourcePlan}>{(s) => <p class="mb-3 text-sm"><A href={`/rencana/${s().id}`} class="text-teal-800 underline">{t('plan.copiedFrom', { title: s().title })}</A></p>}</Show>
            <p class="mb-4 text-sm text-slate-600">{t('plan.readOnly')}</p>
            <div class="grid gap-4 lg:grid-cols-3">
              <div class="space-y-4 lg:col-span-2">
                <Card title={t('plan.items.title')}>
                  <PlanItemsTable items={p().items} />
                </Card>
                <Card title={t('plan.priorities.title')}>
                  <ol class="space-y-2 text-sm" data-testid="plan-priorities">
                    <For each={p().priorities}>
                      {(pr) => (
                        <li>
                          <span class="font-medium">{pr.indicator.number}. {pr.indicator.name}</span>
                          <span class="block text-slate-600">
                            {t('plan.priorities.move', { from: pr.fromLevel, to: pr.toLevel })} · {t('plan.priorities.gain', { gain: formatNumber(pr.gain) })} ·{' '}
                            {t('plan.priorities.regions', { count: pr.regionCount })}
                          </span>
                        </li>
                      )}
                    </For>
                  </ol>
                </Card>
              </div>
              <div class="space-y-4">
                <PlanProjectionCard projection={p().projection} />
                <Card title={t('plan.members.title')}>
                  <ul class="space-y-1 text-sm" data-testid="plan-members">
                    <For each={p().members}>
                      {(m) => (
                        <li class="flex justify-between gap-2">
                          <A href={`/u/${m.user.username}`} class="text-teal-800 underline">{m.user.name}</A>
                          <span class="text-slate-600">{t(`plan.role.${m.role}`)}</span>
                        </li>
                      )}
                    </For>
                  </ul>
                </Card>
              </div>
            </div>
          </>
        )}
      </Match>
    </Switch>
  );
}
