import { createMemo, For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import type { MeetingsQuery as MeetingsData } from '../../../gql/graphql';
import { MeetingsQuery } from '../queries/meetings';
import { formatRange } from './dates';
import { livePath } from '../types';
import { RequireRole } from '../../auth/RequireRole';
import { currentTime } from '../../../lib/time';
import { canRunMeetings } from '../../../lib/roles';
import { useMe } from '../../../lib/me';
import { t } from '../i18n';
import { Badge } from '../../../lib/ui/Badge';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { Icon } from '../../../lib/ui/Icon';
import { PageTitle } from '../../../lib/ui/PageTitle';
import { Spinner } from '../../../lib/ui/Spinner';

type Meeting = MeetingsData['meetings'][number];

/** /rapat — coordination meetings, upcoming and running first (soonest first), then finished ones. */
export default function MeetingsPage() {
  const me = useMe();
  return (
    <>
      <PageTitle
        title={t('meetings.title')}
        subtitle={t('meetings.subtitle')}
        actions={
          <Show when={canRunMeetings(me.data?.me)}>
            <A href="/rapat/baru" data-testid="meeting-new" class="inline-flex min-h-10 items-center gap-1.5 rounded-md bg-teal-700 px-4 text-sm font-medium text-white hover:bg-teal-800">
              <Icon name="plus" />
              {t('meetings.new')}
            </A>
          </Show>
        }
      />
      <p class="mb-4">
        <A href="/live" data-testid="meetings-join" class="text-sm font-medium text-teal-800 underline">
          {t('meetings.joinByCode')}
        </A>
      </p>
      <RequireRole allow={() => true}>
        <MeetingList />
      </RequireRole>
    </>
  );
}

function MeetingList() {
  const [state, refetch] = createQuery({ query: MeetingsQuery, variables: { upcoming: false }, requestPolicy: 'cache-and-network' });
  const all = () => state.data?.meetings ?? [];
  const upcoming = createMemo(() =>
    all()
      .filter((m) => new Date(m.endsAt).getTime() > currentTime())
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
  );
  const past = createMemo(() => all().filter((m) => new Date(m.endsAt).getTime() <= currentTime()));
  return (
    <Show when={state.data} fallback={state.error ? <ErrorBox error={state.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : <Spinner label={t('common.loading')} />}>
      <div class="flex flex-col gap-6">
        <MeetingSection title={t('meetings.upcoming')} meetings={upcoming()} empty={t('meetings.emptyUpcoming')} />
        <Show when={past().length}>
          <MeetingSection title={t('meetings.past')} meetings={past()} empty="" />
        </Show>
      </div>
    </Show>
  );
}

function MeetingSection(props: { title: string; meetings: Meeting[]; empty: string }) {
  return (
    <section class="flex flex-col gap-2">
      <h2 class="text-base font-semibold text-slate-900">{props.title}</h2>
      <Show when={props.meetings.length} fallback={<p class="text-sm text-slate-600">{props.empty}</p>}>
        <ul class="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
          <For each={props.meetings}>
            {(m) => (
              <li data-testid="meeting-row" data-meeting-id={m.id} class="flex flex-col gap-1 px-3 py-3 sm:px-4">
                <A href={`/rapat/${m.id}`} class="font-semibold text-teal-900 hover:underline">
                  {m.title}
                </A>
                <p class="text-sm text-slate-600">
                  {formatRange(m.startsAt, m.endsAt)} · {m.organiser}
                </p>
                <div class="flex flex-wrap gap-1.5">
                  <For each={m.sessions.filter((s) => s.state === 'OPEN')}>
                    {(s) => (
                      <A href={livePath(s.code)} class="rounded-full">
                        <Badge tone="green">
                          {t('meetings.live')} #{s.code}
                        </Badge>
                      </A>
                    )}
                  </For>
                </div>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
