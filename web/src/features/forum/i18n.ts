import type { Dictionary } from '../../lib/dict/dictionary';
import { translatorFor } from '../../lib/i18n';
import { forumId } from './dict/id';
import { forumEn } from './dict/en';

/** The texts of the forum, merged into the app's by the feature list. */
export const forumDictionary: Dictionary = { id: forumId, en: forumEn };

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof forumId>();

export type DictKey = Parameters<typeof t>[0];
