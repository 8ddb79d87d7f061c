import { createSignal, Show } from 'solid-js';
import { A, useSearchParams } from '@solidjs/router';
import { nextPath } from '../../lib/signIn';
import { createMutation } from '@urql/solid';
import { SignInMutation } from './queries';
import { useSession } from '../../lib/client/session';
import { useMe } from '../../lib/me';
import { t } from './i18n';
import { Button } from '../../lib/ui/Button';
import { Field } from '../../lib/ui/Field';
import { ErrorBox } from '../../lib/ui/ErrorBox';
import { PageTitle } from '../../lib/ui/PageTitle';

export default function SignInPage() {
  const session = useSession();
  const me = useMe();
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [result, signIn] = createMutation(SignInMutation);
  const [params] = useSearchParams();
  // Back to the page that asked for a sign-in (a thread, a meeting), as people expect.
  const next = () => nextPath(params.next);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    const res = await signIn({ email: email().trim(), password: password() });
    if (res.data?.signIn) session.restart(next());
  };

  return (
    <div class="mx-auto max-w-sm">
      <PageTitle title={t('signIn.title')} subtitle={t('signIn.subtitle')} />
      <Show when={me.data?.me}>
        {(user) => (
          <p class="mb-4 rounded-md bg-teal-50 p-3 text-sm text-teal-900">
            {t('signIn.already', { name: user().name })} <A href={next()} class="font-medium underline">{t('signIn.toRegions')}</A>
          </p>
        )}
      </Show>
      <form class="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6" onSubmit={submit} novalidate={false}>
        <Field
          label={t('field.email')}
          type="email"
          name="email"
          autocomplete="username"
          required
          testid="signin-email"
          aria-invalid={result.error ? 'true' : undefined}
          aria-describedby={result.error ? 'signin-error' : undefined}
          value={email()}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
        <Field
          label={t('field.password')}
          type="password"
          name="password"
          autocomplete="current-password"
          required
          testid="signin-password"
          aria-invalid={result.error ? 'true' : undefined}
          aria-describedby={result.error ? 'signin-error' : undefined}
          value={password()}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
        <ErrorBox id="signin-error" error={result.error} />
        <Button type="submit" data-testid="signin-submit" busy={result.fetching}>
          {t('signIn.submit')}
        </Button>
      </form>
      <p class="mt-4 text-sm text-slate-600">{t('signIn.inviteOnly')}</p>
    </div>
  );
}
