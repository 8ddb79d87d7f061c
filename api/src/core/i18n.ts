export type Lang = 'id' | 'en';

/** Picks the user's language from a `lang` cookie or Accept-Language; Bahasa Indonesia by default. */
export function langFrom(headers: { cookie?: string; 'accept-language'?: string }): Lang {
  const cookieLang = /(?:^|;\s*)rembuk_lang=(id|en)\b/.exec(headers.cookie ?? '')?.[1];
  if (cookieLang) return cookieLang as Lang;
  const accept = headers['accept-language']?.toLowerCase() ?? '';
  return accept.startsWith('en') ? 'en' : 'id';
}
