import type { notificationsId } from './id';

/** Notifications, English. Typed by the Indonesian one, so a missing or extra key fails to compile. */
export const notificationsEn: typeof notificationsId = {
  'notifications.title': 'Notifications',
  'notifications.subtitle': 'Mentions, replies and activity in topics you watch.',
  'notifications.bellUnread': 'Notifications, {{ count }} unread',
  'notifications.readAll': 'Mark all read',
  'notifications.all': 'See all notifications',
  'notifications.empty': 'No notifications yet.',
  'notifications.more': 'Load more',
  'notifications.unread': 'unread',
  'notifications.someone': 'Someone',
  'notifications.threadGone': 'Topic no longer available',
  'notifications.kind.MENTION': 'mentioned you',
  'notifications.kind.REPLY': 'replied to your post',
  'notifications.kind.ACCEPTED_ANSWER': 'accepted your answer',
  'notifications.kind.THREAD_ACTIVITY': 'posted in a topic you watch',
  'notifications.kind.CHALLENGE_ACTIVITY': 'moved a challenge you follow forward',
};
