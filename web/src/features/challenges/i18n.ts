import type { Dictionary } from '../../lib/dict/dictionary';
import { addDictionary, translatorFor } from '../../lib/i18n';
import { challengesId } from './dict/id';
import { challengesEn } from './dict/en';

/** This feature's page texts: they load with its pages and join the app's then (its header words are in dict/nav.ts). */
export const challengesDictionary: Dictionary = { id: challengesId, en: challengesEn };
addDictionary('challenges', challengesDictionary);

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof challengesId>();

export type DictKey = Parameters<typeof t>[0];
