import type { Dictionary } from '../../lib/dict/dictionary';
import { addDictionary, translatorFor } from '../../lib/i18n';
import { authId } from './dict/id';
import { authEn } from './dict/en';

/** This feature's page texts: they load with its pages and join the app's then. */
export const authDictionary: Dictionary = { id: authId, en: authEn };
addDictionary('auth', authDictionary);

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof authId>();

export type DictKey = Parameters<typeof t>[0];
