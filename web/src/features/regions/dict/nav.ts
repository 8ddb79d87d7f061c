import type { Dictionary } from '../../../lib/dict/dictionary';
import { translatorFor } from '../../../lib/i18n';

// The words the app's header shows for this feature before any of its pages loads; the rest of its
// texts (dict/id.ts, dict/en.ts) load with its pages.
const navId = {
  'nav.regions': 'Wilayah',
};

const navEn: typeof navId = {
  'nav.regions': 'Regions',
};

export const regionsNavDictionary: Dictionary = { id: navId, en: navEn };

/** Translates the header's words of this feature. */
export const navT = translatorFor<keyof typeof navId>();
