import { createSignal } from 'solid-js';
import { limits } from '../../gql/limits';
import { t } from './i18n';

export const MIN_PASSWORD = limits.user.passwordMin;
export const MAX_PASSWORD = limits.user.passwordMax;

/**
 * A new password typed twice, checked on the client with the API's own limits (from the
 * schema), so a phone on a slow link does not wait for the server to say it is too short.
 */
export function createNewPassword() {
  const [value, setValue] = createSignal('');
  const [repeat, setRepeat] = createSignal('');
  const [touched, setTouched] = createSignal(false);
  const error = () => {
    if (!touched()) return undefined;
    if (value().length < MIN_PASSWORD) return t('password.short', { min: MIN_PASSWORD });
    if (value().length > MAX_PASSWORD) return t('password.long', { max: MAX_PASSWORD });
    return undefined;
  };
  const repeatError = () => (touched() && repeat() !== value() ? t('password.mismatch') : undefined);
  return {
    value,
    setValue,
    repeat,
    setRepeat,
    error,
    repeatError,
    touch: () => setTouched(true),
    /** Marks the fields touched and says whether they may be sent. */
    valid: () => {
      setTouched(true);
      return !error() && !repeatError();
    },
    reset: () => {
      setValue('');
      setRepeat('');
      setTouched(false);
    },
  };
}

export type NewPassword = ReturnType<typeof createNewPassword>;
