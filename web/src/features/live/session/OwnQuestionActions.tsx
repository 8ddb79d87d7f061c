import { createSignal, Show } from 'solid-js';
import { createMutation } from '@urql/solid';
import { EditQuestionMutation, WithdrawQuestionMutation } from '../queries/questions';
import { normaliseText, type Question } from '../types';
import { QuestionTextArea, questionTextValid } from './QuestionTextArea';
import { t } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';

interface Props {
  question: Pick<Question, 'id' | 'text'>;
  editing: boolean;
  onEditing: (editing: boolean) => void;
}

/** The asker's own question, before it is answered: edit its text or withdraw it. */
export function OwnQuestionActions(props: Props) {
  const [text, setText] = createSignal('');
  const [confirming, setConfirming] = createSignal(false);
  const [edit, runEdit] = createMutation(EditQuestionMutation);
  const [withdraw, runWithdraw] = createMutation(WithdrawQuestionMutation);

  const start = () => {
    setText(props.question.text);
    props.onEditing(true);
  };
  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    if (!questionTextValid(text())) return;
    const res = await runEdit({ questionId: props.question.id, text: normaliseText(text()) });
    if (res.data) props.onEditing(false);
  };

  return (
    <Show
      when={props.editing}
      fallback={
        <div class="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <Show
            when={confirming()}
            fallback={
              <>
                <Button variant="ghost" class="min-h-9 px-2" data-testid="question-edit" onClick={start}>
                  {t('question.edit')}
                </Button>
                <Button variant="ghost" class="min-h-9 px-2" data-testid="question-withdraw" onClick={() => setConfirming(true)}>
                  {t('question.withdraw')}
                </Button>
              </>
            }
          >
            <span class="text-slate-700">{t('question.withdrawConfirm')}</span>
            <Button variant="danger" class="min-h-9 px-3" data-testid="question-withdraw-confirm" busy={withdraw.fetching} onClick={() => void runWithdraw({ questionId: props.question.id })}>
              {t('question.withdrawYes')}
            </Button>
            <Button variant="ghost" class="min-h-9 px-2" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
          </Show>
          <ErrorBox error={withdraw.error} />
        </div>
      }
    >
      <form class="mt-2 flex flex-col gap-2" onSubmit={save} noValidate>
        <QuestionTextArea label={t('question.edit')} hideLabel testid="question-edit-input" value={text()} onInput={setText} />
        <div class="flex gap-2">
          <Button type="submit" class="min-h-9" data-testid="question-save" busy={edit.fetching} disabled={!questionTextValid(text())}>
            {t('question.save')}
          </Button>
          <Button variant="secondary" class="min-h-9" onClick={() => props.onEditing(false)}>
            {t('common.cancel')}
          </Button>
        </div>
        <ErrorBox error={edit.error} />
      </form>
    </Show>
  );
}
