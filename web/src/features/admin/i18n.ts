import type { Dictionary } from '../../lib/dict/dictionary';
import { translatorFor } from '../../lib/i18n';
import { adminId } from './dict/id';
import { adminEn } from './dict/en';

/** The texts of cohorts, invitations and score import, merged into the app's by the feature list. */
export const adminDictionary: Dictionary = { id: adminId, en: adminEn };

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof adminId>();

export type DictKey = Parameters<typeof t>[0];
