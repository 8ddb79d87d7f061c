import type { Dictionary } from '../../lib/dict/dictionary';
import { translatorFor } from '../../lib/i18n';
import { liveId } from './dict/id';
import { liveEn } from './dict/en';

/** The texts of meetings and live Q&A, merged into the app's by the feature list. */
export const liveDictionary: Dictionary = { id: liveId, en: liveEn };

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof liveId>();

export type DictKey = Parameters<typeof t>[0];
