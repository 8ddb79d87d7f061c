import { lazy, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { useMe } from '../../me';
import { useSignInHref } from '../../signIn';
import { t } from '../../i18n';

export { initials } from './initials';

// Signed-in people only: the menu and its sign-out load once someone is signed in, not with a
// signed-out first page (the sign-in page itself).
const AccountMenu = lazy(() => import('./AccountMenu').then((m) => ({ default: m.AccountMenu })));

interface Props {
  /** Where "Masuk" leads. */
  signIn: string;
  /** Where signing out lands. */
  home: string;
}

/** "Masuk" when signed out; otherwise the user's name opening a small menu with sign-out. */
export function UserMenu(props: Props) {
  const me = useMe();
  const signInHref = useSignInHref(() => props.signIn);
  return (
    <Show
      when={me.data?.me}
      fallback={
        <A href={signInHref()} class="inline-flex min-h-9 items-center rounded-md bg-teal-700 px-3 text-sm font-medium text-white hover:bg-teal-800">
          {t('nav.signIn')}
        </A>
      }
    >
      {(user) => <AccountMenu user={user()} home={props.home} />}
    </Show>
  );
}
