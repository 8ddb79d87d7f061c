import { createMutation } from '@urql/solid';
import { ToggleQuestionVoteMutation } from '../queries/questions';
import type { Question } from '../types';
import { formatNumber } from '../../../lib/format';
import { t } from '../i18n';

interface Props {
  question: Pick<Question, 'id' | 'voteCount' | 'votedByMe' | 'status'>;
  disabled?: boolean;
}

/** Upvote toggle with the live count; shows the change at once (optimistic, live/cache.ts). */
export function VoteButton(props: Props) {
  const [result, toggle] = createMutation(ToggleQuestionVoteMutation);
  const canVote = () => !props.disabled && props.question.status === 'LIVE';
  return (
    <button
      type="button"
      data-testid="question-vote"
      aria-pressed={props.question.votedByMe}
      aria-label={`${t('question.votes', { count: props.question.voteCount })}, ${props.question.votedByMe ? t('question.unvote') : t('question.vote')}`}
      title={result.error?.message ?? (props.question.votedByMe ? t('question.unvote') : t('question.vote'))}
      disabled={!canVote()}
      class={`flex min-h-12 w-14 shrink-0 flex-col items-center justify-center rounded-md text-sm font-semibold ring-1 transition focus-visible:outline-2 focus-visible:outline-teal-700 disabled:cursor-default ${
        props.question.votedByMe ? 'bg-teal-700 text-white ring-teal-700 hover:bg-teal-800' : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-100 disabled:bg-slate-50 disabled:text-slate-500 disabled:hover:bg-slate-50'
      }`}
      onClick={() => void toggle({ questionId: props.question.id })}
    >
      <svg viewBox="0 0 20 20" class="h-4 w-4" aria-hidden="true">
        <path d="M10 4l6 8H4z" fill="currentColor" />
      </svg>
      <span data-testid="question-votes" class="tabular-nums">
        {formatNumber(props.question.voteCount)}
      </span>
    </button>
  );
}
