import { defineCommand } from '../../core/commands/command.js';
import { badInput } from '../../core/errors.js';
import { Notification } from './notification.entity.js';
import { canManageOwnNotifications } from './notification.policy.js';
import { notificationMessages as m } from './notification.messages.js';
import { NOTIFICATION_LIMITS } from './notification.limits.js';

/** Marks some (or all) of the actor's notifications read; returns how many stay unread. */
export const markNotificationsReadCommand = defineCommand({
  name: 'notification.markRead',
  actor: 'user',
  validate(input: { ids?: string[] }) {
    const ids = input.ids?.map(Number);
    if (ids?.some((id) => !Number.isSafeInteger(id))) throw badInput(m.badIds, {}, [{ field: 'ids', message: 'invalid' }]);
    return { ids };
  },
  limits: () => [{ rule: NOTIFICATION_LIMITS.markRead }],
  policy: canManageOwnNotifications,
  async change({ em }, _loaded, { ids }, actor) {
    await em.nativeUpdate(Notification, { user: actor.id, readAt: null, ...(ids ? { id: { $in: ids } } : {}) }, { readAt: new Date() });
    return em.count(Notification, { user: actor.id, readAt: null });
  },
});
