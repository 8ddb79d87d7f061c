import type { Dictionary } from '../../lib/dict/dictionary';
import { translatorFor } from '../../lib/i18n';
import { authId } from './dict/id';
import { authEn } from './dict/en';

/** The texts of sign-in and invitations, merged into the app's by the feature list. */
export const authDictionary: Dictionary = { id: authId, en: authEn };

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof authId>();

export type DictKey = Parameters<typeof t>[0];
