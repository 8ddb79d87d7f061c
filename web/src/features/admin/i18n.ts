import type { Dictionary } from '../../lib/dict/dictionary';
import { addDictionary, translatorFor } from '../../lib/i18n';
import { adminId } from './dict/id';
import { adminEn } from './dict/en';

/** This feature's page texts: they load with its pages and join the app's then (its header words are in dict/nav.ts). */
export const adminDictionary: Dictionary = { id: adminId, en: adminEn };
addDictionary('admin', adminDictionary);

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof adminId>();

export type DictKey = Parameters<typeof t>[0];
