import { For, Show } from 'solid-js';
import { createMutation, createQuery } from '@urql/solid';
import { MarkNotificationsReadMutation, MoreNotificationsQuery, NOTIFICATION_PAGE, NotificationsQuery, UnreadNotificationCountQuery } from './queries';
import { NotificationItem } from './NotificationItem';
import { ForumGate } from '../forum/ForumGate';
import { onReconnect } from '../../lib/client/reconnect';
import { createPages, uniqueBy } from '../../lib/pages';
import { t } from './i18n';
import { Button } from '../../lib/ui/Button';
import { ErrorBox } from '../../lib/ui/ErrorBox';
import { PageTitle } from '../../lib/ui/PageTitle';
import { Spinner } from '../../lib/ui/Spinner';

export default function NotificationsPage() {
  return (
    <>
      <PageTitle title={t('notifications.title')} subtitle={t('notifications.subtitle')} />
      <ForumGate>
        <Notifications />
      </ForumGate>
    </>
  );
}

/** Every notification, newest first; the first page is the bell's, so live ones appear here too. */
function Notifications() {
  const [firstPage, refetchFirst] = createQuery({ query: NotificationsQuery, variables: { first: NOTIFICATION_PAGE }, requestPolicy: 'cache-and-network' });
  const [count] = createQuery({ query: UnreadNotificationCountQuery });
  const [marking, markAll] = createMutation(MarkNotificationsReadMutation);
  const { pages, loadMore, reset } = createPages(
    () => 0,
    (after) => (after ? createQuery({ query: MoreNotificationsQuery, variables: { first: NOTIFICATION_PAGE, after } })[0] : firstPage),
  );
  const last = () => pages().at(-1);
  onReconnect(() => {
    reset();
    refetchFirst({ requestPolicy: 'network-only' });
  });
  const items = () =>
    uniqueBy(
      pages().flatMap((p) => p.data?.notifications.edges.map((e) => e.node) ?? []),
      (n) => n.id,
    );

  return (
    <div class="flex flex-col gap-3">
      <div class="flex justify-end">
        <Button variant="secondary" data-testid="notifications-read-all" busy={marking.fetching} disabled={!count.data?.unreadNotificationCount} onClick={() => void markAll({ ids: null })}>
          {t('notifications.readAll')}
        </Button>
      </div>
      <ErrorBox error={firstPage.error ?? marking.error} />
      <Show when={firstPage.data} fallback={<Spinner label={t('common.loading')} />}>
        <ul class="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
          <For each={items()} fallback={<li class="px-4 py-8 text-center text-sm text-slate-500">{t('notifications.empty')}</li>}>
            {(n) => <NotificationItem notification={n} />}
          </For>
        </ul>
      </Show>
      <Show when={last()?.data?.notifications.pageInfo.hasNextPage}>
        <div class="flex justify-center">
          <Button variant="secondary" busy={last()?.fetching} onClick={() => loadMore(last()?.data?.notifications.pageInfo.endCursor ?? '')}>
            {t('notifications.more')}
          </Button>
        </div>
      </Show>
    </div>
  );
}
