import { createSignal, For, Show } from 'solid-js';
import { createMutation } from '@urql/solid';
import type { QuestionModeration } from '../../../gql/graphql';
import { ModerateQuestionMutation } from '../queries/questions';
import type { Question } from '../types';
import { t, type DictKey } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { inputClass } from '../../../lib/ui/Field';

interface Props {
  question: Pick<Question, 'id' | 'status' | 'isPinned' | 'answerText'>;
  highlighted: boolean;
}

interface Action {
  action: QuestionModeration;
  key: DictKey;
  testid: string;
  variant?: 'primary' | 'secondary' | 'danger';
}

/** The moderation buttons that fit the question's state (queue, showing, answered). */
function actionsFor(q: Props['question'], highlighted: boolean): Action[] {
  const highlight: Action = highlighted
    ? { action: 'UNHIGHLIGHT', key: 'mod.unhighlight', testid: 'mod-highlight', variant: 'primary' }
    : { action: 'HIGHLIGHT', key: 'mod.highlight', testid: 'mod-highlight' };
  const pin: Action = q.isPinned ? { action: 'UNPIN', key: 'mod.unpin', testid: 'mod-pin' } : { action: 'PIN', key: 'mod.pin', testid: 'mod-pin' };
  const archive: Action = { action: 'ARCHIVE', key: 'mod.archive', testid: 'mod-archive', variant: 'danger' };
  switch (q.status) {
    case 'PENDING':
      return [
        { action: 'APPROVE', key: 'mod.approve', testid: 'mod-approve', variant: 'primary' },
        { action: 'DISMISS', key: 'mod.dismiss', testid: 'mod-dismiss', variant: 'danger' },
      ];
    case 'LIVE':
      return [highlight, pin, { action: 'MARK_ANSWERED', key: 'mod.answered', testid: 'mod-answered' }, archive];
    case 'ANSWERED':
      return [highlight, { action: 'REOPEN', key: 'mod.reopen', testid: 'mod-reopen' }, archive];
    default:
      return [];
  }
}

/** Moderates one question; "Balas" opens a box for a written answer shown under it. */
export function ModActions(props: Props) {
  const [result, moderate] = createMutation(ModerateQuestionMutation);
  const [replying, setReplying] = createSignal(false);
  const [answer, setAnswer] = createSignal('');
  const run = (action: QuestionModeration, answerText?: string) => moderate({ input: { questionId: props.question.id, action, answerText } });

  const sendReply = async (e: SubmitEvent) => {
    e.preventDefault();
    if (!answer().trim()) return;
    const res = await run('REPLY', answer().trim());
    if (res.data) setReplying(false);
  };
  const openReply = () => {
    setAnswer(props.question.answerText ?? '');
    setReplying(true);
  };

  return (
    <div class="mt-2 flex flex-col gap-2">
      <div class="flex flex-wrap gap-1.5">
        <For each={actionsFor(props.question, props.highlighted)}>
          {(a) => (
            <Button variant={a.variant ?? 'secondary'} class="min-h-9 px-3" data-testid={a.testid} disabled={result.fetching} onClick={() => void run(a.action)}>
              {t(a.key)}
            </Button>
          )}
        </For>
        <Show when={props.question.status === 'LIVE' || props.question.status === 'ANSWERED'}>
          <Button variant="ghost" class="min-h-9 px-3" data-testid="mod-reply" onClick={openReply}>
            {t('mod.reply')}
          </Button>
        </Show>
      </div>
      <Show when={replying()}>
        <form class="flex flex-col gap-2" onSubmit={sendReply}>
          <label class="text-sm font-medium text-slate-700">
            {t('mod.replyLabel')}
            <textarea data-testid="mod-reply-input" class={`${inputClass} mt-1`} rows={3} maxLength={2000} value={answer()} onInput={(e) => setAnswer(e.currentTarget.value)} />
          </label>
          <div class="flex gap-2">
            <Button type="submit" class="min-h-9" data-testid="mod-reply-submit" busy={result.fetching} disabled={!answer().trim()}>
              {t('mod.replySubmit')}
            </Button>
            <Button variant="secondary" class="min-h-9" onClick={() => setReplying(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      </Show>
      <ErrorBox error={result.error} />
    </div>
  );
}
