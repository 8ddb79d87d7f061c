/** The notification module's public surface: what other modules may use (architecture rule). */
export { notificationModule } from './notification.module.js';
export { Notification, NotificationKind } from './notification.entity.js';
export { notify, type NotificationDraft } from './notification.service.js';
