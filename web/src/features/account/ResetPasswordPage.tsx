import { Show } from 'solid-js';
import { useParams } from '@solidjs/router';
import { createMutation, createQuery } from '@urql/solid';
import { PasswordResetQuery, ResetPasswordMutation } from './queries';
import { createNewPassword, MIN_PASSWORD } from './newPassword';
import { NewPasswordFields } from './NewPasswordFields';
import { t } from './i18n';
import { useSession } from '../../lib/client/session';
import { formatDate } from '../../lib/format';
import { Button } from '../../lib/ui/Button';
import { ErrorBox } from '../../lib/ui/ErrorBox';
import { PageTitle } from '../../lib/ui/PageTitle';
import { Spinner } from '../../lib/ui/Spinner';

/** Where an admin's one-time link leads: choose a new password and be signed in. */
export default function ResetPasswordPage() {
  const params = useParams<{ token: string }>();
  const session = useSession();
  const [preview] = createQuery({ query: PasswordResetQuery, variables: () => ({ token: params.token }), requestPolicy: 'network-only' });
  const next = createNewPassword();
  const [result, reset] = createMutation(ResetPasswordMutation);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (!next.valid()) return;
    const res = await reset({ input: { token: params.token, newPassword: next.value() } });
    if (res.data?.resetPassword) session.restart('/akun');
  };

  return (
    <div class="mx-auto max-w-sm">
      <PageTitle title={t('reset.title')} />
      <Show when={preview.fetching && !preview.data}>
        <Spinner />
      </Show>
      <ErrorBox error={preview.error} />
      <Show when={preview.data?.passwordReset}>
        {(link) => (
          <form class="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6" onSubmit={submit} data-testid="reset-password">
            <p class="text-sm text-slate-700">
              {t('reset.subtitle', { admin: link().issuedBy, name: link().name, username: link().username })} {t('reset.expires', { date: formatDate(link().expiresAt) })}
            </p>
            <NewPasswordFields password={next} hint={t('password.hint', { min: MIN_PASSWORD })} />
            <ErrorBox error={result.error} />
            <Button type="submit" busy={result.fetching} data-testid="reset-submit">
              {t('reset.submit')}
            </Button>
          </form>
        )}
      </Show>
    </div>
  );
}
