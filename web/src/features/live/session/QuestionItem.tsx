import { createSignal, Show } from 'solid-js';
import type { Question } from '../types';
import { OwnQuestionActions } from './OwnQuestionActions';
import { QuestionAnswer, QuestionMeta } from './QuestionMeta';
import { VoteButton } from './VoteButton';

interface Props {
  question: Question;
  highlighted: boolean;
  /** The session is closed: nothing can change any more. */
  closed: boolean;
}

/** One question for participants: upvote, text, asker, badges, the written answer; own ones editable. */
export function QuestionItem(props: Props) {
  const [editing, setEditing] = createSignal(false);
  const own = () => props.question.askedByMe && !props.closed && (props.question.status === 'PENDING' || props.question.status === 'LIVE');
  return (
    <li
      data-testid="question"
      data-question-id={props.question.id}
      data-flip-id={props.question.id}
      class={`flex gap-3 border-b border-slate-100 bg-white px-3 py-3 last:border-b-0 sm:px-4 ${props.highlighted ? 'ring-2 ring-inset ring-violet-400' : ''}`}
    >
      <VoteButton question={props.question} disabled={props.closed} />
      <div class="min-w-0 flex-1">
        <Show when={!editing()}>
          <p data-testid="question-text" class="whitespace-pre-wrap break-words text-[15px] leading-snug text-slate-900">
            {props.question.text}
          </p>
        </Show>
        <div class="mt-1">
          <QuestionMeta question={props.question} highlighted={props.highlighted} />
        </div>
        <QuestionAnswer text={props.question.answerText} />
        <Show when={own()}>
          <OwnQuestionActions question={props.question} editing={editing()} onEditing={setEditing} />
        </Show>
      </div>
    </li>
  );
}
