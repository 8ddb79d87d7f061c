import { Show } from 'solid-js';
import { A, useParams } from '@solidjs/router';
import { LiveSessionGate } from '../session/LiveSessionPage';
import { SessionHeader } from '../session/SessionHeader';
import { ModQuestionList } from './ModQuestionList';
import { PollManager } from './PollManager';
import { GuestList } from './GuestList';
import { WordFilter } from './WordFilter';
import { RequireRole } from '../../auth/RequireRole';
import { hallPath, livePath, normaliseCode, type LiveSession } from '../types';
import { canRunMeetings } from '../../../lib/roles';
import { t } from '../i18n';

/** /live/:code/moderasi — the facilitators' view: question queue and states, polls, hall screen link. */
export default function ModerationPage() {
  const params = useParams<{ code: string }>();
  return (
    <RequireRole allow={canRunMeetings} title={t('mod.title', { title: `#${normaliseCode(params.code ?? '')}` })}>
      <Show when={normaliseCode(params.code ?? '')} keyed>
        {(code) => <LiveSessionGate code={code}>{(session) => <Moderation session={session()} />}</LiveSessionGate>}
      </Show>
    </RequireRole>
  );
}

function Moderation(props: { session: LiveSession }) {
  return (
    <div class="flex flex-col gap-4">
      <SessionHeader
        session={props.session}
        title={t('mod.title', { title: props.session.title })}
        actions={
          <div class="flex flex-wrap gap-3 text-sm">
            <A href={livePath(props.session.code)} class="font-medium text-teal-800 underline">
              {t('mod.participantView')}
            </A>
            <a href={hallPath(props.session.code)} data-testid="hall-link" target="_blank" rel="noopener" class="font-medium text-teal-800 underline">
              {t('session.hall')} ↗
            </a>
          </div>
        }
      />
      <Show when={props.session.codeIsGuessable && props.session.state === 'OPEN'}>
        <p data-testid="guessable-code" class="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          {t('mod.guessableCode', { code: props.session.code })}
        </p>
      </Show>
      <div class="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <ModQuestionList questions={props.session.questions} highlightedId={props.session.highlightedQuestion?.id ?? null} />
        <div class="flex flex-col gap-6">
          <PollManager sessionId={props.session.id} polls={props.session.polls} closed={props.session.state === 'CLOSED'} />
          <WordFilter session={props.session} />
          <Show when={props.session.allowGuests}>
            <GuestList sessionId={props.session.id} />
          </Show>
        </div>
      </div>
    </div>
  );
}
