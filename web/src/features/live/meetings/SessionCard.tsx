import { Show } from 'solid-js';
import { A } from '@solidjs/router';
import { createMutation } from '@urql/solid';
import type { MeetingSessionFragment } from '../../../gql/graphql';
import { SetLiveSessionStateMutation } from '../queries/meetings';
import { SessionTools } from './SessionTools';
import { HallScreenLink } from './HallScreenLink';
import { hallPath, livePath, moderationPath } from '../types';
import { t } from '../i18n';
import { Badge } from '../../../lib/ui/Badge';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';

interface Props {
  session: MeetingSessionFragment;
  /** Facilitators and admins: moderation, closing, exports. */
  canRun: boolean;
}

const linkClass = 'font-medium text-teal-800 underline';

/** A live session of the meeting: join code and links; for facilitators its controls and exports. */
export function SessionCard(props: Props) {
  const [state, setState] = createMutation(SetLiveSessionStateMutation);
  const open = () => props.session.state === 'OPEN';
  return (
    <li data-testid="meeting-session" data-session-id={props.session.id} class="flex flex-col gap-2 px-3 py-3 sm:px-4">
      <div class="flex flex-wrap items-center gap-2">
        <span data-testid="session-code" class="rounded-md bg-slate-900 px-2 py-0.5 font-mono text-sm font-semibold tracking-wider text-white">
          #{props.session.code}
        </span>
        <span class="font-semibold text-slate-900">{props.session.title}</span>
        <Badge tone={open() ? 'green' : 'amber'} testid="session-state">
          {t(open() ? 'session.state.OPEN' : 'session.state.CLOSED')}
        </Badge>
        <Show when={props.session.allowGuests}>
          <Badge>{t('session.guests')}</Badge>
        </Show>
        <Show when={props.session.allowAnonymous}>
          <Badge>{t('session.anonymous')}</Badge>
        </Show>
        <Show when={props.session.preModeration}>
          <Badge>{t('session.preModeration')}</Badge>
        </Show>
      </div>
      <div class="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <A href={livePath(props.session.code)} data-testid="session-link" class={linkClass}>
          {t('session.join')}
        </A>
        <Show when={props.canRun}>
          <A href={moderationPath(props.session.code)} data-testid="session-moderate" class={linkClass}>
            {t('session.moderate')}
          </A>
          <a href={hallPath(props.session.code)} target="_blank" rel="noopener" class={linkClass}>
            {t('session.hall')} ↗
          </a>
        </Show>
      </div>
      <Show when={props.canRun}>
        <SessionTools
          session={props.session}
          before={
            <Button
              variant={open() ? 'danger' : 'secondary'}
              class="min-h-9"
              data-testid={open() ? 'session-close' : 'session-reopen'}
              busy={state.fetching}
              onClick={() => void setState({ sessionId: props.session.id, state: open() ? 'CLOSED' : 'OPEN' })}
            >
              {t(open() ? 'session.close' : 'session.reopen')}
            </Button>
          }
        />
        <ErrorBox error={state.error} />
        <Show when={open()}>
          <HallScreenLink sessionId={props.session.id} />
        </Show>
      </Show>
    </li>
  );
}
