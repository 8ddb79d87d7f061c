import type { Dictionary } from '../../lib/dict/dictionary';
import { translatorFor } from '../../lib/i18n';
import { challengesId } from './dict/id';
import { challengesEn } from './dict/en';

/** The texts of living-lab challenges, merged into the app's by the feature list. */
export const challengesDictionary: Dictionary = { id: challengesId, en: challengesEn };

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof challengesId>();

export type DictKey = Parameters<typeof t>[0];
