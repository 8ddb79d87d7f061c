import type { Dictionary } from '../../lib/dict/dictionary';
import { translatorFor } from '../../lib/i18n';
import { spbeId } from './dict/id';
import { spbeEn } from './dict/en';

/** The texts of SPBE frameworks, merged into the app's by the feature list. */
export const spbeDictionary: Dictionary = { id: spbeId, en: spbeEn };

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof spbeId>();

export type DictKey = Parameters<typeof t>[0];
