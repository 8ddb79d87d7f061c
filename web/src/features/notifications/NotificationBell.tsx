import { createSignal, For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { createMutation, createQuery } from '@urql/solid';
import { MarkNotificationsReadMutation, MyNotificationsSubscription, NOTIFICATION_PAGE, NotificationsQuery, UnreadNotificationCountQuery } from './queries';
import { NotificationItem } from './NotificationItem';
import { useSubscription } from '../../lib/client/useSubscription';
import { t } from './i18n';
import { Spinner } from '../../lib/ui/Spinner';
import { Icon } from '../../lib/ui/Icon';
import { dismissOnOutside } from '../../lib/ui/dismiss';

/**
 * The bell: unread count from `unreadNotificationCount`, kept live by `myNotifications` (the
 * cache adds one and puts the notification first in the list), and a dropdown of the latest.
 */
export function NotificationBell() {
  const [open, setOpen] = createSignal(false);
  const [count, refetchCount] = createQuery({ query: UnreadNotificationCountQuery });
  const [list, refetchList] = createQuery({ query: NotificationsQuery, variables: { first: NOTIFICATION_PAGE }, pause: () => !open(), requestPolicy: 'cache-and-network' });
  const [marking, markAll] = createMutation(MarkNotificationsReadMutation);
  const unread = () => count.data?.unreadNotificationCount ?? 0;
  const [panelTop, setPanelTop] = createSignal(0);
  let root: HTMLDivElement | undefined;
  let button: HTMLButtonElement | undefined;
  const toggle = () => {
    // On phones the panel spans the screen under the header, wherever the bell sits.
    setPanelTop((button?.getBoundingClientRect().bottom ?? 0) + 8);
    setOpen(!open());
  };

  dismissOnOutside(
    () => root,
    () => setOpen(false),
    () => {
      if (!open()) return;
      setOpen(false);
      button?.focus();
    },
  );
  useSubscription({
    query: MyNotificationsSubscription,
    onReconnect: () => {
      refetchCount({ requestPolicy: 'network-only' });
      if (open()) refetchList({ requestPolicy: 'network-only' });
    },
  });

  return (
    <div class="relative" ref={(el) => (root = el)}>
      <button
        type="button"
        data-testid="notification-bell"
        aria-haspopup="true"
        aria-expanded={open()}
        aria-label={unread() ? t('notifications.bellUnread', { count: unread() }) : t('notifications.title')}
        title={t('notifications.title')}
        class="relative inline-flex h-9 w-9 items-center justify-center rounded-md ring-1 ring-slate-300 hover:bg-slate-100"
        ref={(el) => (button = el)}
        onClick={toggle}
      >
        <Icon name="bell" class="h-5 w-5 text-slate-700" />
        <Show when={unread() > 0}>
          <span
            data-testid="notification-count"
            aria-hidden="true"
            class="absolute -right-1.5 -top-1.5 inline-flex min-w-5 items-center justify-center rounded-full bg-red-600 px-1 text-[11px] font-bold leading-5 text-white"
          >
            {unread() > 99 ? '99+' : unread()}
          </span>
        </Show>
      </button>
      <Show when={open()}>
        <div
          data-testid="notification-panel"
          style={{ '--panel-top': `${panelTop()}px` }}
          class="fixed inset-x-3 top-(--panel-top) z-30 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-xl sm:absolute sm:inset-x-auto sm:right-0 sm:top-auto sm:mt-2 sm:w-[22rem]"
        >
          <div class="flex items-center justify-between gap-2 border-b border-slate-100 px-3 py-2">
            <span class="text-sm font-semibold text-slate-900">{t('notifications.title')}</span>
            <button
              type="button"
              data-testid="notifications-read-all"
              class="inline-flex min-h-11 items-center px-2 text-xs font-medium text-teal-800 underline disabled:opacity-50"
              disabled={marking.fetching || unread() === 0}
              onClick={() => void markAll({ ids: null })}
            >
              {t('notifications.readAll')}
            </button>
          </div>
          <Show when={list.data} fallback={<div class="p-3"><Spinner label={t('common.loading')} /></div>}>
            <ul class="max-h-[60vh] divide-y divide-slate-100 overflow-y-auto">
              <For each={list.data?.notifications.edges} fallback={<li class="px-3 py-6 text-center text-sm text-slate-500">{t('notifications.empty')}</li>}>
                {(edge) => <NotificationItem notification={edge.node} onOpen={() => setOpen(false)} />}
              </For>
            </ul>
          </Show>
          <A href="/notifikasi" class="block border-t border-slate-100 px-3 py-2 text-center text-sm font-medium text-teal-800 hover:bg-slate-50" onClick={() => setOpen(false)}>
            {t('notifications.all')}
          </A>
        </div>
      </Show>
    </div>
  );
}
