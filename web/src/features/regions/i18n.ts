import type { Dictionary } from '../../lib/dict/dictionary';
import { addDictionary, translatorFor } from '../../lib/i18n';
import { regionsId } from './dict/id';
import { regionsEn } from './dict/en';

/** This feature's page texts: they load with its pages and join the app's then (its header words are in dict/nav.ts). */
export const regionsDictionary: Dictionary = { id: regionsId, en: regionsEn };
addDictionary('regions', regionsDictionary);

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof regionsId>();

export type DictKey = Parameters<typeof t>[0];
