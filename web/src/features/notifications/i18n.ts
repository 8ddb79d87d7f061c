import type { Dictionary } from '../../lib/dict/dictionary';
import { translatorFor } from '../../lib/i18n';
import { notificationsId } from './dict/id';
import { notificationsEn } from './dict/en';

/** The texts of notifications, merged into the app's by the feature list. */
export const notificationsDictionary: Dictionary = { id: notificationsId, en: notificationsEn };

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof notificationsId>();

export type DictKey = Parameters<typeof t>[0];
