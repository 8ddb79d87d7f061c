import type { Dictionary } from '../../lib/dict/dictionary';
import { addDictionary, translatorFor } from '../../lib/i18n';
import { homeId } from './dict/id';
import { homeEn } from './dict/en';

/** This feature's page texts: they load with its page and join the app's then. */
export const homeDictionary: Dictionary = { id: homeId, en: homeEn };
addDictionary('home', homeDictionary);

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof homeId>();
