import type { Cache } from '@urql/exchange-graphcache';
import type { MarkNotificationsReadMutationVariables, MyNotificationsSubscription } from '../../gql/graphql';
import { NOTIFICATION_PAGE, NotificationReadFragment, NotificationsQuery, UnreadNotificationCountQuery } from './queries';
import type { CacheConfig } from '../../lib/cache/cacheConfig';
import { embedded } from '../../lib/cache/embedded';

/** Ids of every notification in a cached list page. */
function cachedNotificationIds(cache: Cache): string[] {
  const ids: string[] = [];
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName !== 'notifications') continue;
    const connection = cache.resolve('Query', field.fieldKey);
    if (typeof connection !== 'string') continue;
    const edges = cache.resolve(connection, 'edges');
    if (!Array.isArray(edges)) continue;
    for (const edge of edges) {
      const node = typeof edge === 'string' ? cache.resolve(edge, 'node') : null;
      const id = typeof node === 'string' ? cache.resolve(node, 'id') : null;
      if (typeof id === 'string') ids.push(id);
    }
  }
  return ids;
}

/** Notifications are keyed by id; their list pages live inside the query. */
export const notificationsCache: CacheConfig = {
  keys: {
    NotificationConnection: embedded,
    NotificationEdge: embedded,
  },
  updates: {
    Mutation: {
      markNotificationsRead: (result, args, cache) => {
        const unread = result.markNotificationsRead;
        if (typeof unread === 'number') cache.updateQuery({ query: UnreadNotificationCountQuery }, () => ({ unreadNotificationCount: unread }));
        const given = (args as MarkNotificationsReadMutationVariables).ids;
        const ids = given ? (Array.isArray(given) ? given : [given]) : cachedNotificationIds(cache);
        const readAt = new Date().toISOString();
        for (const id of ids) {
          const entity = { __typename: 'Notification' as const, id: String(id) };
          const current = cache.readFragment(NotificationReadFragment, entity);
          if (current && !current.readAt) cache.writeFragment(NotificationReadFragment, { ...entity, readAt });
        }
      },
    },
    Subscription: {
      /** A new notification: one more on the bell, and first in the cached list. */
      myNotifications: (result, _args, cache) => {
        const notification = (result as MyNotificationsSubscription).myNotifications;
        if (!notification) return;
        cache.updateQuery({ query: UnreadNotificationCountQuery }, (data) =>
          data ? { unreadNotificationCount: data.unreadNotificationCount + (notification.readAt ? 0 : 1) } : data,
        );
        cache.updateQuery({ query: NotificationsQuery, variables: { first: NOTIFICATION_PAGE } }, (data) => {
          if (!data || data.notifications.edges.some((e) => e.node.id === notification.id)) return data;
          const edge = { __typename: 'NotificationEdge' as const, cursor: notification.id, node: notification };
          return { ...data, notifications: { ...data.notifications, totalCount: data.notifications.totalCount + 1, edges: [edge, ...data.notifications.edges] } };
        });
      },
    },
  },
};
