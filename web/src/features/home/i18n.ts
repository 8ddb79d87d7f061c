import type { Dictionary } from '../../lib/dict/dictionary';
import { translatorFor } from '../../lib/i18n';
import { homeId } from './dict/id';
import { homeEn } from './dict/en';

/** The texts of the home page, merged into the app's by the feature list. */
export const homeDictionary: Dictionary = { id: homeId, en: homeEn };

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof homeId>();
