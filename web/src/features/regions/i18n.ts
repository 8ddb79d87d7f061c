import type { Dictionary } from '../../lib/dict/dictionary';
import { translatorFor } from '../../lib/i18n';
import { regionsId } from './dict/id';
import { regionsEn } from './dict/en';

/** The texts of the region directory, merged into the app's by the feature list. */
export const regionsDictionary: Dictionary = { id: regionsId, en: regionsEn };

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof regionsId>();

export type DictKey = Parameters<typeof t>[0];
