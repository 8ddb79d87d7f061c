import type { Dictionary } from '../../lib/dict/dictionary';
import { translatorFor } from '../../lib/i18n';
import { assessmentId } from './dict/id';
import { assessmentEn } from './dict/en';

/** The texts of the assessment screen, merged into the app's by the feature list. */
export const assessmentDictionary: Dictionary = { id: assessmentId, en: assessmentEn };

/** Translates this feature's keys and the shared ones. */
export const t = translatorFor<keyof typeof assessmentId>();
