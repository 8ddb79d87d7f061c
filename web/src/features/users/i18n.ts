import type { Dictionary } from '../../lib/dict/dictionary';
import { translatorFor } from '../../lib/i18n';
import { usersId } from './dict/id';
import { usersEn } from './dict/en';

/** The texts of member profiles, merged into the app's by the feature list. */
export const usersDictionary: Dictionary = { id: usersId, en: usersEn };

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof usersId>();

export type DictKey = Parameters<typeof t>[0];
