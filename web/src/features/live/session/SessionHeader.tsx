import { Show, type JSX } from 'solid-js';
import type { LiveSession } from '../types';
import { formatNumber } from '../../../lib/format';
import { t } from '../i18n';
import { PageTitle } from '../../../lib/ui/PageTitle';

interface Props {
  session: Pick<LiveSession, 'title' | 'code' | 'participantCount' | 'state' | 'meeting'>;
  title?: string;
  actions?: JSX.Element;
}

/** Session title, its meeting, the join code and the live participant count; a banner once closed. */
export function SessionHeader(props: Props) {
  return (
    <div class="flex flex-col gap-2">
      <PageTitle
        title={props.title ?? props.session.title}
        subtitle={t('live.meeting', { title: props.session.meeting.title })}
        actions={props.actions}
      />
      <div class="-mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <span class="rounded-md bg-slate-900 px-2 py-0.5 font-mono font-semibold tracking-wider text-white" data-testid="live-code">
          #{props.session.code}
        </span>
        <span class="inline-flex items-center gap-1.5 text-slate-700">
          <span class="h-2 w-2 rounded-full bg-green-500" aria-hidden="true" />
          <span data-testid="participant-count" class="font-semibold tabular-nums">
            {formatNumber(props.session.participantCount)}
          </span>
          {t('live.participants', { count: props.session.participantCount })}
        </span>
      </div>
      <Show when={props.session.state === 'CLOSED'}>
        <div role="status" data-testid="session-closed" class="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <p class="font-semibold">{t('live.closed')}</p>
          <p>{t('live.closedHint')}</p>
        </div>
      </Show>
    </div>
  );
}
