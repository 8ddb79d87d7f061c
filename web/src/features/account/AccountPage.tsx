import { Show } from 'solid-js';
import { A } from '@solidjs/router';
import { useMe } from '../../lib/me';
import { useSignInHref } from '../../lib/signIn';
import { t } from './i18n';
import { PageTitle } from '../../lib/ui/PageTitle';
import { ChangePasswordForm } from './ChangePasswordForm';
import { SessionList } from './SessionList';

/** The signed-in person's password and sessions. */
export default function AccountPage() {
  const me = useMe();
  const signInHref = useSignInHref();
  return (
    <div class="mx-auto flex max-w-2xl flex-col gap-4">
      <PageTitle title={t('account.title')} subtitle={t('account.subtitle')} />
      <Show
        when={me.data?.me}
        fallback={
          <Show when={me.data}>
            <p class="text-sm">
              <A href={signInHref()} class="font-medium text-teal-800 underline">
                {t('account.signInFirst')}
              </A>
            </p>
          </Show>
        }
      >
        <ChangePasswordForm />
        <SessionList />
      </Show>
    </div>
  );
}
