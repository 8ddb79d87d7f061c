import type { Dictionary } from '../../lib/dict/dictionary';
import { addDictionary, translatorFor } from '../../lib/i18n';
import { accountId } from './dict/id';
import { accountEn } from './dict/en';

/** This feature's page texts: they load with its pages and join the app's then (its header words are in dict/nav.ts). */
export const accountDictionary: Dictionary = { id: accountId, en: accountEn };
addDictionary('account', accountDictionary);

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof accountId>();
