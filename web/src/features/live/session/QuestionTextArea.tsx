import { createUniqueId } from 'solid-js';
import { QUESTION_MAX, normaliseText } from '../types';
import { t } from '../i18n';
import { inputClass } from '../../../lib/ui/Field';

interface Props {
  label: string;
  value: string;
  onInput: (value: string) => void;
  testid?: string;
  placeholder?: string;
  rows?: number;
  /** The label is for screen readers only (the box sits under a heading saying the same). */
  hideLabel?: boolean;
}

/** Characters before the limit from which the counter is announced. */
const QUESTION_WARN = 50;

/** Whether a question's text is within the API's 1 to 500 characters once normalised. */
export const questionTextValid = (text: string): boolean => {
  const n = normaliseText(text).length;
  return n >= 1 && n <= QUESTION_MAX;
};

/** A question's text box with a live "123/500" counter that turns red past the limit. */
export function QuestionTextArea(props: Props) {
  const id = `q-${createUniqueId()}`;
  const length = () => normaliseText(props.value).length;
  const over = () => length() > QUESTION_MAX;
  // Said only near the limit: a live counter re-announced on every keystroke drowns the typing.
  const near = () => length() >= QUESTION_MAX - QUESTION_WARN;
  return (
    <div class="flex flex-col gap-1">
      <label for={id} class={props.hideLabel ? 'sr-only' : 'text-sm font-medium text-slate-700'}>
        {props.label}
      </label>
      <textarea
        id={id}
        data-testid={props.testid}
        class={`${inputClass} resize-y`}
        rows={props.rows ?? 3}
        placeholder={props.placeholder}
        aria-describedby={`${id}-count`}
        aria-invalid={over() ? 'true' : undefined}
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      <p id={`${id}-count`} data-testid={props.testid ? `${props.testid}-count` : undefined} aria-live={near() ? 'polite' : 'off'} class={`self-end text-xs tabular-nums ${over() ? 'font-semibold text-red-700' : 'text-slate-500'}`}>
        {over() ? `${t('ask.tooLong', { max: QUESTION_MAX })} ` : ''}
        {t('ask.count', { count: length(), max: QUESTION_MAX })}
      </p>
    </div>
  );
}
