import type { Dictionary } from '../../lib/dict/dictionary';
import { translatorFor } from '../../lib/i18n';
import { accountId } from './dict/id';
import { accountEn } from './dict/en';

/** The texts of one's own account and the reset page, merged into the app's by the feature list. */
export const accountDictionary: Dictionary = { id: accountId, en: accountEn };

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof accountId>();
