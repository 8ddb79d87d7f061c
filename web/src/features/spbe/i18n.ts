import type { Dictionary } from '../../lib/dict/dictionary';
import { addDictionary, translatorFor } from '../../lib/i18n';
import { spbeId } from './dict/id';
import { spbeEn } from './dict/en';

/** This feature's page texts: they load with its pages and join the app's then (its header words are in dict/nav.ts). */
export const spbeDictionary: Dictionary = { id: spbeId, en: spbeEn };
addDictionary('spbe', spbeDictionary);

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof spbeId>();

export type DictKey = Parameters<typeof t>[0];
