import { A } from '@solidjs/router';
import { threadPath, type ThreadHeader } from '../types';
import { t } from '../i18n';

interface Props {
  threadId: string;
  answer: NonNullable<ThreadHeader['acceptedAnswer']>;
}

/** The accepted answer, shown under the question with a link to it in context. */
export function AcceptedAnswer(props: Props) {
  return (
    <aside data-testid="accepted-answer" class="rounded-lg border border-green-300 bg-green-50 p-3 text-sm text-green-950">
      <p class="font-semibold">
        ✓ {t('forum.accepted.title', { name: props.answer.author.name })}
      </p>
      <p class="mt-1 [overflow-wrap:anywhere]">{props.answer.excerpt}</p>
      <A href={threadPath(props.threadId, props.answer.number)} class="mt-1 inline-block font-medium text-green-900 underline">
        {t('forum.accepted.jump', { number: props.answer.number })}
      </A>
    </aside>
  );
}
