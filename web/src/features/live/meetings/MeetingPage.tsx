import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { A, useParams } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import type { MeetingQuery as MeetingData } from '../../../gql/graphql';
import { MeetingCohortsQuery, MeetingQuery } from '../queries/meetings';
import { formatRange, formatTime } from './dates';
import { OpenSessionForm } from './OpenSessionForm';
import { SessionCard } from './SessionCard';
import { RequireRole } from '../../auth/RequireRole';
import { canRunMeetings } from '../../../lib/roles';
import { useMe } from '../../../lib/me';
import { t } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { Card } from '../../../lib/ui/Card';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { PageTitle } from '../../../lib/ui/PageTitle';
import { Spinner } from '../../../lib/ui/Spinner';

type Meeting = MeetingData['meeting'];

/** /rapat/:id — a meeting: details, agenda and its live sessions (opened and run by facilitators). */
export default function MeetingPage() {
  const params = useParams<{ id: string }>();
  return (
    <RequireRole allow={() => true} title={t('meetings.title')}>
      <Show when={params.id} keyed>
        {(id) => <MeetingView id={id} />}
      </Show>
    </RequireRole>
  );
}

function MeetingView(props: { id: string }) {
  const [state] = createQuery({ query: MeetingQuery, variables: () => ({ id: props.id }), requestPolicy: 'cache-and-network' });
  return (
    <Switch>
      <Match when={state.data?.meeting}>{(meeting) => <MeetingDetails meeting={meeting()} />}</Match>
      <Match when={state.error}>
        <ErrorBox error={state.error} />
        <A href="/rapat" class="mt-3 inline-block text-sm text-teal-800 underline">
          ← {t('meetings.back')}
        </A>
      </Match>
      <Match when={true}>
        <Spinner label={t('common.loading')} />
      </Match>
    </Switch>
  );
}

function MeetingDetails(props: { meeting: Meeting }) {
  const me = useMe();
  const canRun = () => canRunMeetings(me.data?.me);
  const [opening, setOpening] = createSignal(false);
  const [cohorts] = createQuery({ query: MeetingCohortsQuery, pause: () => !props.meeting.cohortSlug });
  const cohortName = () => cohorts.data?.cohorts.find((c) => c.slug === props.meeting.cohortSlug)?.name ?? props.meeting.cohortSlug;
  return (
    <div class="flex flex-col gap-4">
      <A href="/rapat" class="text-sm text-teal-800 underline">
        ← {t('meetings.back')}
      </A>
      <PageTitle title={props.meeting.title} subtitle={formatRange(props.meeting.startsAt, props.meeting.endsAt)} />
      <Card>
        <dl class="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt class="font-medium text-slate-600">{t('meeting.organiser')}</dt>
          <dd class="text-slate-900">{props.meeting.organiser}</dd>
          <Show when={props.meeting.cohortSlug}>
            <dt class="font-medium text-slate-600">{t('meeting.cohort')}</dt>
            <dd class="text-slate-900">{cohortName()}</dd>
          </Show>
        </dl>
        <Show when={props.meeting.description}>
          <p class="mt-3 whitespace-pre-wrap break-words text-sm text-slate-800">{props.meeting.description}</p>
        </Show>
      </Card>
      <Card title={t('meeting.agenda')}>
        <Show when={props.meeting.agenda.length} fallback={<p class="text-sm text-slate-600">{t('meeting.agenda.empty')}</p>}>
          <ol class="flex flex-col gap-1.5 text-sm">
            <For each={props.meeting.agenda}>
              {(item) => (
                <li data-testid="meeting-agenda-item" class="flex gap-3">
                  <span class="w-14 shrink-0 tabular-nums text-slate-500">{item.startsAt ? formatTime(item.startsAt) : '—'}</span>
                  <span class="text-slate-900">{item.title}</span>
                </li>
              )}
            </For>
          </ol>
        </Show>
      </Card>
      <Card
        title={t('meeting.sessions')}
        actions={
          <Show when={canRun() && !opening()}>
            <Button data-testid="session-open" onClick={() => setOpening(true)}>
              {t('session.open')}
            </Button>
          </Show>
        }
      >
        <Show when={opening()}>
          <div class="mb-3">
            <OpenSessionForm meetingId={props.meeting.id} onDone={() => setOpening(false)} />
          </div>
        </Show>
        <Show when={props.meeting.sessions.length} fallback={<p class="text-sm text-slate-600">{t('meeting.noSessions')}</p>}>
          <ul class="-mx-4 divide-y divide-slate-100 sm:-mx-5">
            <For each={props.meeting.sessions}>{(s) => <SessionCard session={s} canRun={canRun()} />}</For>
          </ul>
        </Show>
      </Card>
    </div>
  );
}
