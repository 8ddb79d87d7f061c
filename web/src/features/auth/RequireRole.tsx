import { Match, Show, Switch, type JSX } from 'solid-js';
import { A } from '@solidjs/router';
import { useMe } from '../../lib/me';
import { useSignInHref } from '../../lib/signIn';
import { t } from './i18n';
import type { Actor } from '../../lib/roles';
import { Spinner } from '../../lib/ui/Spinner';
import { ErrorBox } from '../../lib/ui/ErrorBox';
import { PageTitle } from '../../lib/ui/PageTitle';

interface Props {
  allow: (actor: Actor) => boolean;
  children: JSX.Element;
  /**
   * The page's title, when this gate stands for the whole page (the page shows its own heading
   * only once allowed): the sign-in and refusal states then carry it as title and h1.
   */
  title?: string;
}

/** Shows its children only to signed-in users the policy allows; tells others why not. */
export function RequireRole(props: Props) {
  const me = useMe();
  const signInHref = useSignInHref();
  return (
    <Switch fallback={props.children}>
      <Match when={me.fetching && !me.data}>
        <Spinner label={t('common.loading')} />
      </Match>
      <Match when={me.error}>
        <ErrorBox error={me.error} />
      </Match>
      <Match when={!me.data?.me}>
        <Show when={props.title}>{(title) => <PageTitle title={title()} />}</Show>
        <div class="rounded-md border border-slate-200 bg-white p-4 text-sm">
          <p>{t('auth.needSignIn')}</p>
          <A href={signInHref()} class="mt-2 inline-flex min-h-11 items-center font-medium text-teal-800 underline">
            {t('nav.signIn')}
          </A>
        </div>
      </Match>
      <Match when={me.data?.me && !props.allow(me.data.me)}>
        <Show when={props.title}>{(title) => <PageTitle title={title()} />}</Show>
        <p role="alert" class="rounded-md border border-amber-200 bg-amber-50 p-4 text-sm text-amber-900">
          {t('auth.forbidden')}
        </p>
      </Match>
    </Switch>
  );
}
