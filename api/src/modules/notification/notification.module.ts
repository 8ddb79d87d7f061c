import type { ModuleManifest } from '../../core/module.js';
import { Notification } from './notification.entity.js';
import { NotificationResolver } from './notification.resolver.js';
import { canManageOwnNotifications } from './notification.policy.js';
import { notificationMessages } from './notification.messages.js';
import { notificationMigrations } from './migrations/index.js';

/** In-app notifications (the bell), stored by other modules' commands and delivered live. */
export const notificationModule: ModuleManifest = {
  name: 'notification',
  migrations: notificationMigrations,
  entities: [Notification],
  resolvers: [NotificationResolver],
  policies: { canManageOwnNotifications },
  messages: notificationMessages,
};
