import { createSignal, For, Show } from 'solid-js';
import { createMutation, createQuery } from '@urql/solid';
import { EndSessionMutation, MySessionsQuery, SignOutEverywhereMutation } from './queries';
import type { MySessionsQuery as MySessionsData } from '../../gql/graphql';
import { t } from './i18n';
import { useSession } from '../../lib/client/session';
import { clearAllDrafts } from '../../lib/drafts';
import { formatDate } from '../../lib/format';
import { Button } from '../../lib/ui/Button';
import { Card } from '../../lib/ui/Card';
import { ErrorBox } from '../../lib/ui/ErrorBox';
import { RelativeTime } from '../../lib/ui/RelativeTime';
import { Spinner } from '../../lib/ui/Spinner';

type AccountSession = MySessionsData['mySessions'][number];

/** "Chrome di Android", or what is known of it. */
export function deviceName(s: Pick<AccountSession, 'browser' | 'system'>): string {
  if (s.browser && s.system) return t('sessions.on', { browser: s.browser, system: s.system });
  return s.browser ?? s.system ?? t('sessions.unknownDevice');
}

/** One's working sessions, like Google's "your devices": end one, or all of them. */
export function SessionList() {
  const session = useSession();
  const [list] = createQuery({ query: MySessionsQuery, requestPolicy: 'cache-and-network' });
  const [ending, end] = createMutation(EndSessionMutation);
  const [everywhere, signOutEverywhere] = createMutation(SignOutEverywhereMutation);
  const [confirming, setConfirming] = createSignal(false);
  const [said, setSaid] = createSignal('');

  let heading: HTMLHeadingElement | undefined;
  let confirmButton: HTMLButtonElement | undefined;
  let everywhereButton: HTMLButtonElement | undefined;

  const endOne = async (s: AccountSession) => {
    setSaid('');
    const res = await end({ id: s.id });
    if (res.data?.endSession) {
      setSaid(t('sessions.ended'));
      // The focused row is gone: focus goes to the list's heading, not to the page's body.
      heading?.focus();
    }
  };

  const askEverywhere = (ask: boolean) => {
    setConfirming(ask);
    queueMicrotask(() => (ask ? confirmButton : everywhereButton)?.focus());
  };

  const endAll = async () => {
    const res = await signOutEverywhere({});
    if (res.data) {
      clearAllDrafts();
      session.restart('/masuk');
    }
  };

  return (
    <Card>
      <h2 ref={(el) => (heading = el)} tabIndex={-1} class="mb-1 text-base font-semibold text-slate-900">
        {t('sessions.title')}
      </h2>
      <p class="mb-3 text-sm text-slate-600">{t('sessions.help')}</p>
      <ErrorBox error={list.error ?? ending.error ?? everywhere.error} />
      <Show when={list.fetching && !list.data}>
        <Spinner />
      </Show>
      <ul class="divide-y divide-slate-100" data-testid="session-list">
        <For each={list.data?.mySessions}>
          {(s) => (
            <li class="flex flex-col gap-2 py-3 text-sm sm:flex-row sm:items-center sm:justify-between">
              <div>
                <p class="font-medium text-slate-900">
                  {deviceName(s)}
                  <Show when={s.current}>
                    <span class="ml-2 rounded bg-teal-50 px-1.5 py-0.5 text-xs font-medium text-teal-800 ring-1 ring-teal-200">{t('sessions.current')}</span>
                  </Show>
                </p>
                <p class="text-slate-600">
                  {t('sessions.lastSeen')} <RelativeTime iso={s.lastSeenAt} />
                  <Show when={s.ip}> · {s.ip}</Show> · {t('sessions.since', { date: formatDate(s.createdAt) })}
                </p>
              </div>
              <Show when={!s.current}>
                <Button variant="secondary" aria-label={t('sessions.endLabel', { device: deviceName(s) })} disabled={ending.fetching} onClick={() => void endOne(s)}>
                  {t('sessions.end')}
                </Button>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <p role="status" class="sr-only">
        {said()}
      </p>
      <div class="mt-4 flex flex-wrap items-center gap-2">
        <Show
          when={confirming()}
          fallback={
            <Button variant="danger" ref={(el: HTMLButtonElement) => (everywhereButton = el)} data-testid="signout-everywhere" onClick={() => askEverywhere(true)}>
              {t('sessions.everywhere')}
            </Button>
          }
        >
          <span class="text-sm text-slate-800">{t('sessions.everywhereConfirm')}</span>
          <Button variant="danger" ref={(el: HTMLButtonElement) => (confirmButton = el)} data-testid="signout-everywhere-confirm" busy={everywhere.fetching} onClick={() => void endAll()}>
            {t('sessions.everywhere')}
          </Button>
          <Button variant="ghost" onClick={() => askEverywhere(false)}>
            {t('common.cancel')}
          </Button>
        </Show>
      </div>
    </Card>
  );
}
