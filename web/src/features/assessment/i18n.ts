import type { Dictionary } from '../../lib/dict/dictionary';
import { addDictionary, translatorFor } from '../../lib/i18n';
import { assessmentId } from './dict/id';
import { assessmentEn } from './dict/en';

/** This feature's page texts: they load with its pages and join the app's then. */
export const assessmentDictionary: Dictionary = { id: assessmentId, en: assessmentEn };
addDictionary('assessment', assessmentDictionary);

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof assessmentId>();
