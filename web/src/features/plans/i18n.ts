import type { Dictionary } from '../../lib/dict/dictionary';
import { addDictionary, translatorFor } from '../../lib/i18n';
import { plansId } from './dict/id';
import { plansEn } from './dict/en';

/** This feature's page texts: they load with its pages and join the app's then. */
export const plansDictionary: Dictionary = { id: plansId, en: plansEn };
addDictionary('plans', plansDictionary);

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof plansId>();

export type DictKey = Parameters<typeof t>[0];
