import { createEffect, createSignal, Show } from 'solid-js';
import { useParams } from '@solidjs/router';
import { createMutation, createQuery } from '@urql/solid';
import { AcceptInviteMutation, InvitePreviewQuery } from './queries';
import { Spinner } from '../../lib/ui/Spinner';
import { roleLabel } from '../../lib/ui/roleLabel';
import { formatDate } from '../../lib/format';
import { useSession } from '../../lib/client/session';
import { t } from './i18n';
import { Button } from '../../lib/ui/Button';
import { Field } from '../../lib/ui/Field';
import { ErrorBox } from '../../lib/ui/ErrorBox';
import { PageTitle } from '../../lib/ui/PageTitle';
import { limits } from '../../gql/limits';

export const MIN_PASSWORD = limits.user.passwordMin;
export const MAX_PASSWORD = limits.user.passwordMax;

export default function AcceptInvitePage() {
  const params = useParams<{ token: string }>();
  const session = useSession();
  const [name, setName] = createSignal('');
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [touched, setTouched] = createSignal(false);
  const [result, accept] = createMutation(AcceptInviteMutation);
  // A used, revoked or made-up link says so at once, instead of a form that fails on submit.
  const [preview] = createQuery({ query: InvitePreviewQuery, variables: () => ({ token: params.token }), requestPolicy: 'network-only' });
  createEffect(() => {
    const address = preview.data?.invite.email;
    if (address && !email()) setEmail(address);
  });

  const passwordError = () => {
    if (!touched()) return undefined;
    if (password().length < MIN_PASSWORD) return t('invite.accept.passwordShort', { min: MIN_PASSWORD });
    if (password().length > MAX_PASSWORD) return t('invite.accept.passwordLong', { max: MAX_PASSWORD });
    return undefined;
  };

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    setTouched(true);
    if (passwordError()) return;
    const res = await accept({ input: { token: params.token, name: name().trim(), email: email().trim(), password: password() } });
    if (res.data?.acceptInvite) session.restart('/');
  };

  return (
    <div class="mx-auto max-w-sm">
      <PageTitle title={t('invite.accept.title')} subtitle={t('invite.accept.subtitle')} />
      <Show when={preview.fetching && !preview.data}>
        <Spinner />
      </Show>
      <ErrorBox error={preview.error} />
      <Show when={preview.data?.invite}>
        {(invite) => (
            <form class="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6" onSubmit={submit} data-testid="accept-invite">
              <p class="text-sm text-slate-700" data-testid="invite-for">
                {t('invite.accept.for', { role: roleLabel(invite().role), where: invite().region?.name ?? invite().organisation ?? '—', date: formatDate(invite().expiresAt) })}
              </p>
              <Field label={t('field.name')} name="name" autocomplete="name" required minLength={limits.user.nameMin} maxLength={limits.user.nameMax} value={name()} onInput={(e) => setName(e.currentTarget.value)} />
              <Field
                label={t('field.email')}
                type="email"
                name="email"
                autocomplete="email"
                required
                hint={t('invite.accept.emailHint')}
                value={email()}
                onInput={(e) => setEmail(e.currentTarget.value)}
              />
              <Field
                label={t('field.newPassword')}
                type="password"
                name="password"
                autocomplete="new-password"
                required
                minLength={MIN_PASSWORD}
                maxLength={MAX_PASSWORD}
                hint={t('invite.accept.passwordHint', { min: MIN_PASSWORD })}
                error={passwordError()}
                value={password()}
                onInput={(e) => setPassword(e.currentTarget.value)}
                onBlur={() => setTouched(password().length > 0)}
              />
              <ErrorBox error={result.error} />
              <Button type="submit" busy={result.fetching}>
                {t('invite.accept.submit')}
              </Button>
            </form>
        )}
      </Show>
    </div>
  );
}
