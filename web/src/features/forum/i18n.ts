import type { Dictionary } from '../../lib/dict/dictionary';
import { addDictionary, translatorFor } from '../../lib/i18n';
import { forumId } from './dict/id';
import { forumEn } from './dict/en';

/** This feature's page texts: they load with its pages and join the app's then (its header words are in dict/nav.ts). */
export const forumDictionary: Dictionary = { id: forumId, en: forumEn };
addDictionary('forum', forumDictionary);

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof forumId>();

export type DictKey = Parameters<typeof t>[0];
