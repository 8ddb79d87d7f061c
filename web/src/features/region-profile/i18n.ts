import type { Dictionary } from '../../lib/dict/dictionary';
import { addDictionary, translatorFor } from '../../lib/i18n';
import { regionProfileId } from './dict/id';
import { regionProfileEn } from './dict/en';

/** This feature's page texts: they load with its pages and join the app's then (its header words are in dict/nav.ts). */
export const regionProfileDictionary: Dictionary = { id: regionProfileId, en: regionProfileEn };
addDictionary('region-profile', regionProfileDictionary);

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof regionProfileId>();

export type DictKey = Parameters<typeof t>[0];
