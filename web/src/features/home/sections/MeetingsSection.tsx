import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { MeetingsQuery } from '../../live/queries/meetings';
import { formatRange } from '../../live/meetings/dates';
import { Badge } from '../../../lib/ui/Badge';
import { Card } from '../../../lib/ui/Card';
import { t } from '../i18n';

const link = 'inline-flex min-h-11 items-center text-sm text-teal-800 underline';
const sameDay = (iso: string, now: Date) => new Date(iso).toDateString() === now.toDateString();

/** The next three meetings (today's marked, a running live session too), from the meetings page's query. */
export function MeetingsSection() {
  const [result] = createQuery({ query: MeetingsQuery, variables: { upcoming: true } });
  const meetings = () => (result.data?.meetings ?? []).slice(0, 3);
  const now = new Date();
  return (
    <Card title={t('home.meetings.title')} actions={<A href="/rapat" class={link}>{t('home.meetings.all')}</A>}>
      <Show when={meetings().length > 0} fallback={<p class="text-sm text-slate-600">{t('home.meetings.empty')}</p>}>
        <ul class="flex flex-col" data-testid="home-meetings">
          <For each={meetings()}>
            {(m) => (
              <li class="flex flex-col gap-1 border-t border-slate-100 py-2 first:border-t-0">
                <A href={`/rapat/${m.id}`} class="inline-flex min-h-11 items-center font-medium text-teal-800 underline">
                  {m.title}
                </A>
                <span class="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                  <Show when={sameDay(m.startsAt, now)}>
                    <Badge tone="teal">{t('home.meetings.today')}</Badge>
                  </Show>
                  <Show when={m.sessions.some((s) => s.state === 'OPEN')}>
                    <Badge tone="red">{t('home.meetings.live')}</Badge>
                  </Show>
                  {formatRange(m.startsAt, m.endsAt)}
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </Card>
  );
}
