import type { Dictionary } from '../../lib/dict/dictionary';
import { addDictionary, translatorFor } from '../../lib/i18n';
import { notificationsId } from './dict/id';
import { notificationsEn } from './dict/en';

/** This feature's page texts: they load with its pages and join the app's then. */
export const notificationsDictionary: Dictionary = { id: notificationsId, en: notificationsEn };
addDictionary('notifications', notificationsDictionary);

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof notificationsId>();

export type DictKey = Parameters<typeof t>[0];
