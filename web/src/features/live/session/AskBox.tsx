import { createSignal, Show } from 'solid-js';
import { createMutation } from '@urql/solid';
import { AskQuestionMutation } from '../queries/questions';
import type { LiveSession } from '../types';
import { normaliseText } from '../types';
import { QuestionTextArea, questionTextValid } from './QuestionTextArea';
import { t } from '../i18n';
import { Button } from '../../../lib/ui/Button';
import { ErrorBox } from '../../../lib/ui/ErrorBox';
import { keepFocus } from '../../../lib/a11y/focus';

interface Props {
  session: Pick<LiveSession, 'id' | 'allowAnonymous' | 'preModeration'>;
}

/** Asks a question (1–500 characters), anonymously when the session allows it. */
export function AskBox(props: Props) {
  const [text, setText] = createSignal('');
  const [anonymous, setAnonymous] = createSignal(false);
  const [sent, setSent] = createSignal<'' | 'live' | 'pending'>('');
  const [result, ask] = createMutation(AskQuestionMutation);

  let form: HTMLFormElement | undefined;
  // The button turns disabled with the box emptied: focus goes on to the box, for the next question.
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    if (!questionTextValid(text()) || result.fetching) return;
    void keepFocus(
      async () => {
        const res = await ask({ sessionId: props.session.id, text: normaliseText(text()), anonymous: props.session.allowAnonymous && anonymous() });
        const question = res.data?.askQuestion;
        if (!question) return;
        setText('');
        setSent(question.status === 'PENDING' ? 'pending' : 'live');
      },
      () => form?.querySelector('textarea'),
    );
  };

  return (
    <form ref={(el) => (form = el)} class="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 shadow-sm sm:p-4" onSubmit={submit} noValidate>
      <QuestionTextArea
        label={t('ask.label')}
        placeholder={t('ask.placeholder')}
        testid="ask-input"
        value={text()}
        onInput={(value) => {
          setText(value);
          setSent('');
        }}
      />
      <Show when={props.session.preModeration}>
        <p class="text-xs text-slate-600">{t('ask.preModerated')}</p>
      </Show>
      <div class="flex flex-wrap items-center justify-between gap-2">
        <Show when={props.session.allowAnonymous} fallback={<span />}>
          <label class="inline-flex min-h-11 items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" data-testid="ask-anonymous" class="h-6 w-6 shrink-0 accent-teal-700" checked={anonymous()} onChange={(e) => setAnonymous(e.currentTarget.checked)} />
            {t('ask.anonymous')}
          </label>
        </Show>
        <Button type="submit" data-testid="ask-submit" busy={result.fetching} disabled={!questionTextValid(text())}>
          {t('ask.submit')}
        </Button>
      </div>
      {/* Said where anonymity is chosen: other participants do not see the name, moderators do (as in Slido). */}
      <Show when={props.session.allowAnonymous && anonymous()}>
        <p class="text-xs text-slate-600" data-testid="ask-anonymous-note">
          {t('ask.anonymousNote')}
        </p>
      </Show>
      <Show when={sent()}>
        <p role="status" data-testid="ask-sent" class="rounded-md bg-teal-50 px-3 py-2 text-sm text-teal-900">
          {sent() === 'pending' ? t('ask.sentPending') : t('ask.sent')}
        </p>
      </Show>
      <ErrorBox error={result.error} />
    </form>
  );
}
