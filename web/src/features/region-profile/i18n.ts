import type { Dictionary } from '../../lib/dict/dictionary';
import { translatorFor } from '../../lib/i18n';
import { regionProfileId } from './dict/id';
import { regionProfileEn } from './dict/en';

/** The texts of region profiles, merged into the app's by the feature list. */
export const regionProfileDictionary: Dictionary = { id: regionProfileId, en: regionProfileEn };

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof regionProfileId>();

export type DictKey = Parameters<typeof t>[0];
