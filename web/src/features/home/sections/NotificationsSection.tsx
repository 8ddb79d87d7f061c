import { For, Show } from 'solid-js';
import { A } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { NOTIFICATION_PAGE, NotificationsQuery, UnreadNotificationCountQuery } from '../../notifications/queries';
import { NotificationItem } from '../../notifications/NotificationItem';
import { Card } from '../../../lib/ui/Card';
import { t } from '../i18n';

const link = 'inline-flex min-h-11 items-center text-sm text-teal-800 underline';

/** The newest notifications: the bell's own first page (one cached query, kept live by the bell). */
export function NotificationsSection() {
  const [result] = createQuery({ query: NotificationsQuery, variables: { first: NOTIFICATION_PAGE } });
  const [count] = createQuery({ query: UnreadNotificationCountQuery });
  const items = () => (result.data?.notifications.edges.map((e) => e.node) ?? []).slice(0, 5);
  return (
    <Card title={t('home.notifications.title')} actions={<A href="/notifikasi" class={link}>{t('home.notifications.all')}</A>}>
      <Show when={(count.data?.unreadNotificationCount ?? 0) > 0}>
        <p class="mb-2 text-sm font-medium text-slate-800" data-testid="home-notifications-unread">
          {t('home.notifications.unread', { count: count.data?.unreadNotificationCount ?? 0 })}
        </p>
      </Show>
      <Show when={items().length > 0} fallback={<p class="text-sm text-slate-600">{t('home.notifications.empty')}</p>}>
        <ul class="-mx-4 divide-y divide-slate-100 sm:-mx-5" data-testid="home-notifications">
          <For each={items()}>{(n) => <NotificationItem notification={n} />}</For>
        </ul>
      </Show>
    </Card>
  );
}
