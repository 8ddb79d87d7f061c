import { Show } from 'solid-js';
import type { Question } from '../types';
import { t } from '../i18n';
import { Badge } from '../../../lib/ui/Badge';
import { RelativeTime } from '../../../lib/ui/RelativeTime';

interface Props {
  question: Question;
  highlighted: boolean;
}

/** Who asked (or "Anonim"), their region, when, and the question's state as badges. */
export function QuestionMeta(props: Props) {
  return (
    <div class="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600">
      <span data-testid="question-asker" class="font-medium text-slate-800">
        {props.question.askedBy?.name ?? t('live.anonymous')}
        <Show when={props.question.askedBy?.isGuest}> ({t('live.guest')})</Show>
      </span>
      <Show when={props.question.askedBy?.regionName}>
        {(region) => (
          <>
            <span aria-hidden="true">·</span>
            <span>{region()}</span>
          </>
        )}
      </Show>
      <span aria-hidden="true">·</span>
      <RelativeTime iso={props.question.createdAt} />
      <Show when={props.highlighted}>
        <Badge tone="violet" testid="question-highlighted">
          {t('question.highlighted')}
        </Badge>
      </Show>
      <Show when={props.question.isPinned}>
        <Badge tone="blue" testid="question-pinned">
          {t('question.pinned')}
        </Badge>
      </Show>
      <Show when={props.question.isAnswered}>
        <Badge tone="green" testid="question-answered">
          {t('question.answered')}
        </Badge>
      </Show>
      <Show when={props.question.status === 'PENDING'}>
        <Badge tone="amber" testid="question-pending">
          {t('question.pending')}
        </Badge>
      </Show>
      <Show when={props.question.status === 'DISMISSED'}>
        <Badge tone="red">{t('question.dismissed')}</Badge>
      </Show>
    </div>
  );
}

/** A moderator's written answer under the question. */
export function QuestionAnswer(props: { text: string | null }) {
  return (
    <Show when={props.text}>
      {(text) => (
        <div data-testid="question-answer" class="mt-2 rounded-md border-l-4 border-teal-600 bg-teal-50 px-3 py-2 text-sm text-slate-800">
          <p class="text-xs font-semibold text-teal-900">{t('question.answer')}</p>
          <p class="whitespace-pre-wrap break-words">{text()}</p>
        </div>
      )}
    </Show>
  );
}
