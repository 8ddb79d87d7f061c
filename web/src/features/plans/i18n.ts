import type { Dictionary } from '../../lib/dict/dictionary';
import { translatorFor } from '../../lib/i18n';
import { plansId } from './dict/id';
import { plansEn } from './dict/en';

/** The texts of improvement plans, merged into the app's by the feature list. */
export const plansDictionary: Dictionary = { id: plansId, en: plansEn };

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof plansId>();

export type DictKey = Parameters<typeof t>[0];
