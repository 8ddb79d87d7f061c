import { createSignal } from 'solid-js';
import { createMutation } from '@urql/solid';
import { ChangePasswordMutation } from './queries';
import { createNewPassword, MAX_PASSWORD, MIN_PASSWORD } from './newPassword';
import { NewPasswordFields } from './NewPasswordFields';
import { t } from './i18n';
import { Button } from '../../lib/ui/Button';
import { Card } from '../../lib/ui/Card';
import { Field } from '../../lib/ui/Field';
import { ErrorBox } from '../../lib/ui/ErrorBox';

/** Change one's password; the server ends one's other sessions and says how many. */
export function ChangePasswordForm() {
  const [current, setCurrent] = createSignal('');
  const next = createNewPassword();
  const [ended, setEnded] = createSignal<number | null>(null);
  const [result, change] = createMutation(ChangePasswordMutation);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setEnded(null);
    if (!next.valid()) return;
    const res = await change({ input: { currentPassword: current(), newPassword: next.value() } });
    if (res.data) {
      setEnded(res.data.changePassword);
      setCurrent('');
      next.reset();
    }
  };

  return (
    <Card title={t('password.title')}>
      <form class="flex flex-col gap-4" onSubmit={submit} data-testid="change-password">
        <Field
          label={t('password.current')}
          type="password"
          name="current-password"
          autocomplete="current-password"
          testid="current-password"
          required
          maxLength={MAX_PASSWORD}
          value={current()}
          onInput={(e) => setCurrent(e.currentTarget.value)}
        />
        <NewPasswordFields password={next} hint={t('password.hint', { min: MIN_PASSWORD })} />
        <ErrorBox error={result.error} />
        {/* Always in the page, so screen readers announce the text when it appears. */}
        <p role="status" class={ended() === null ? 'sr-only' : 'rounded-md border border-teal-200 bg-teal-50 px-4 py-3 text-sm text-teal-900'}>
          {ended() === null ? '' : t('password.done', { count: ended() ?? 0 })}
        </p>
        <div>
          <Button type="submit" busy={result.fetching} data-testid="change-password-submit">
            {t('password.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
