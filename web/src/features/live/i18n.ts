import type { Dictionary } from '../../lib/dict/dictionary';
import { addDictionary, translatorFor } from '../../lib/i18n';
import { liveId } from './dict/id';
import { liveEn } from './dict/en';

/** This feature's page texts: they load with its pages and join the app's then (its header words are in dict/nav.ts). */
export const liveDictionary: Dictionary = { id: liveId, en: liveEn };
addDictionary('live', liveDictionary);

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof liveId>();

export type DictKey = Parameters<typeof t>[0];
