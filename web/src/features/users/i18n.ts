import type { Dictionary } from '../../lib/dict/dictionary';
import { addDictionary, translatorFor } from '../../lib/i18n';
import { usersId } from './dict/id';
import { usersEn } from './dict/en';

/** This feature's page texts: they load with its pages and join the app's then (its header words are in dict/nav.ts). */
export const usersDictionary: Dictionary = { id: usersId, en: usersEn };
addDictionary('users', usersDictionary);

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof usersId>();

export type DictKey = Parameters<typeof t>[0];
