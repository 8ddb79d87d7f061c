import { createMemo, For, Match, Show, Switch, type JSX } from 'solid-js';
import { A, useParams } from '@solidjs/router';
import { useLiveSession, type LiveEvent } from './useLiveSession';
import { useLiveAnnouncements } from './liveAnnouncements';
import { SessionHeader } from './SessionHeader';
import { AskBox } from './AskBox';
import { QuestionList } from './QuestionList';
import { PollCard } from '../polls/PollCard';
import { JoinForm } from '../join/JoinForm';
import { hallPath, moderationPath, normaliseCode, type LiveSession, type Question } from '../types';
import { t } from '../i18n';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { PageTitle } from '../../../lib/ui/PageTitle';
import { Spinner } from '../../../lib/ui/Spinner';

/** /live/:code — the participant page (the QR code's target). */
export default function LiveSessionPage() {
  const params = useParams<{ code: string }>();
  return (
    <Show when={normaliseCode(params.code ?? '')} keyed>
      {(code) => <ParticipantPage code={code} />}
    </Show>
  );
}

function ParticipantPage(props: { code: string }) {
  const live = useLiveAnnouncements();
  return (
    <>
      <live.Region />
      <LiveSessionGate code={props.code} onEvent={live.onEvent}>
        {(session) => <Participant session={session()} />}
      </LiveSessionGate>
    </>
  );
}

interface GateProps {
  code: string;
  children: (session: () => LiveSession) => JSX.Element;
  /** Each live event, e.g. for the page's announcements. */
  onEvent?: (event: LiveEvent) => void;
}

/** Loads the session live; people who have not joined (guests) get the join form instead. */
export function LiveSessionGate(props: GateProps) {
  const live = useLiveSession(() => props.code, (event) => props.onEvent?.(event));
  return (
    <Switch>
      <Match when={live.needsJoin()}>
        <div class="mx-auto max-w-sm">
          <PageTitle title={t('join.title')} subtitle={t('join.noAccess')} />
          <JoinForm code={props.code} />
        </div>
      </Match>
      <Match when={!live.session() && live.state.error}>
        <ErrorBox error={live.state.error} />
        <A href="/live" class="mt-3 inline-block text-sm text-teal-800 underline">
          {t('join.title')}
        </A>
      </Match>
      <Match when={!live.session()}>
        <Spinner label={t('common.loading')} />
      </Match>
      <Match when={live.session()}>{(session) => props.children(session)}</Match>
    </Switch>
  );
}

/** What participants see: questions they may see (their own pending ones too). */
export const participantQuestions = (questions: readonly Question[]): Question[] =>
  questions.filter((q) => q.status === 'LIVE' || q.status === 'ANSWERED' || (q.status === 'PENDING' && q.askedByMe));

function Participant(props: { session: LiveSession }) {
  const closed = () => props.session.state === 'CLOSED';
  const questions = createMemo(() => participantQuestions(props.session.questions));
  const openPolls = () => props.session.polls.filter((p) => p.state === 'OPEN');
  const closedPolls = () => props.session.polls.filter((p) => p.state === 'CLOSED');
  return (
    <div class="mx-auto flex max-w-2xl flex-col gap-4">
      <SessionHeader
        session={props.session}
        actions={
          <Show when={props.session.viewerIsModerator}>
            <div class="flex gap-3 text-sm">
              <A href={moderationPath(props.session.code)} class="font-medium text-teal-800 underline">
                {t('live.moderate')}
              </A>
              <A href={hallPath(props.session.code)} class="font-medium text-teal-800 underline">
                {t('live.hall')}
              </A>
            </div>
          </Show>
        }
      />
      <For each={openPolls()}>{(poll) => <PollCard poll={poll} closed={closed()} reviewed={props.session.reviewWords} />}</For>
      <Show when={!closed()}>
        <AskBox session={props.session} />
      </Show>
      <QuestionList questions={questions()} highlightedId={props.session.highlightedQuestion?.id ?? null} closed={closed()} />
      <For each={closedPolls()}>{(poll) => <PollCard poll={poll} closed={closed()} />}</For>
    </div>
  );
}
