import { createSignal, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { createMutation } from '@urql/solid';
import type { MeQuery as MeResult } from '../../../gql/graphql';
import { SignOutMutation } from '../../queries';
import { useSession } from '../../client/session';
import { clearAllDrafts } from '../../drafts';
import { t } from '../../i18n';
import { dismissOnOutside } from '../dismiss';
import { roleLabel } from '../roleLabel';
import { initials } from './initials';

interface Props {
  user: NonNullable<MeResult['me']>;
  /** Where signing out lands. */
  home: string;
}

/** The signed-in user's name opening a small menu with the account page and sign-out (loaded only once someone is signed in). */
export function AccountMenu(props: Props) {
  const session = useSession();
  const [open, setOpen] = createSignal(false);
  const [signOut, runSignOut] = createMutation(SignOutMutation);
  let root: HTMLDivElement | undefined;
  let button: HTMLButtonElement | undefined;

  dismissOnOutside(
    () => root,
    () => setOpen(false),
    () => {
      if (!open()) return;
      setOpen(false);
      button?.focus();
    },
  );

  const doSignOut = async () => {
    await runSignOut({});
    // Unsent forum drafts stay on this computer only until sign-out (shared office PCs).
    clearAllDrafts();
    session.restart(props.home);
  };

  const user = () => props.user;
  return (
    <div class="relative" ref={(el) => (root = el)}>
      <button
        type="button"
        ref={(el) => (button = el)}
        data-testid="user-menu"
        aria-haspopup="true"
        aria-expanded={open()}
        class="inline-flex min-h-9 max-w-[14rem] items-center gap-1 rounded-md px-1 sm:px-2 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-100 sm:max-w-[14rem]"
        onClick={() => setOpen(!open())}
      >
        <span aria-hidden="true" class="inline-flex h-7 w-7 items-center justify-center rounded-full bg-teal-700 text-xs font-semibold text-white sm:hidden">
          {initials(user().name)}
        </span>
        <span class="sr-only truncate sm:not-sr-only">{user().name}</span>
        <svg viewBox="0 0 20 20" class="h-4 w-4 shrink-0" aria-hidden="true">
          <path d="M5 7l5 6 5-6" fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
      </button>
      <Show when={open()}>
        <div class="absolute right-0 z-20 mt-2 w-64 rounded-md border border-slate-200 bg-white p-3 text-sm shadow-lg">
          <p class="font-semibold text-slate-900">{user().name}</p>
          <p class="text-slate-600">{roleLabel(user().role)}</p>
          <Show when={user().region ?? user().organisation}>
            <p class="text-slate-600">{user().region?.name ?? user().organisation}</p>
          </Show>
          <Show when={user().email}>
            <p class="truncate text-slate-500">{user().email}</p>
          </Show>
          <A href={`/u/${user().username}`} data-testid="profile-link" class="mt-3 block rounded-md px-3 py-2 font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-100" onClick={() => setOpen(false)}>
            {t('nav.profile')}
          </A>
          <A href="/akun" data-testid="account-link" class="mt-2 block rounded-md px-3 py-2 font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-100" onClick={() => setOpen(false)}>
            {t('nav.account')}
          </A>
          <button
            type="button"
            data-testid="signout"
            disabled={signOut.fetching}
            class="mt-2 w-full rounded-md px-3 py-2 text-left font-medium text-red-700 ring-1 ring-red-200 hover:bg-red-50"
            onClick={() => void doSignOut()}
          >
            {t('nav.signOut')}
          </button>
        </div>
      </Show>
    </div>
  );
}
