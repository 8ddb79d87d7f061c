import { createSignal } from 'solid-js';
import { resolveTemplate, translator } from '@solid-primitives/i18n';
import { id, type Dict } from './dict/id';
import { en } from './dict/en';

export type Locale = 'id' | 'en';
export type DictKey = keyof Dict;

const dictionaries: Record<Locale, Dict> = { id, en };
const STORAGE_KEY = 'rembuk_lang';
const COOKIE_MAX_AGE = 31_536_000;

function isLocale(value: unknown): value is Locale {
  return value === 'id' || value === 'en';
}

function storedLocale(): Locale | null {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage may be blocked (private mode); fall back to the cookie.
  }
  const fromCookie = /(?:^|;\s*)rembuk_lang=(id|en)\b/.exec(globalThis.document?.cookie ?? '')?.[1];
  return isLocale(fromCookie) ? fromCookie : null;
}

const [locale, setLocaleSignal] = createSignal<Locale>(storedLocale() ?? 'id');

/** The current UI language; Bahasa Indonesia unless the user chose English. */
export { locale };

/** Writes the choice to localStorage and to the `rembuk_lang` cookie, so server messages match the UI. */
export function persistLocale(value: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, value);
  } catch {
    // Ignore: the cookie below still carries the choice.
  }
  if (globalThis.document) {
    document.cookie = `${STORAGE_KEY}=${value}; path=/; max-age=${COOKIE_MAX_AGE}; samesite=lax`;
    document.documentElement.lang = value;
  }
}

export function setLocale(value: Locale): void {
  setLocaleSignal(value);
  persistLocale(value);
}

/** Translates a flat key; `{{ name }}` placeholders are filled from the second argument. */
export const t = translator(() => dictionaries[locale()], resolveTemplate);

/** Locale tag for number and date formatting. */
export const localeTag = (): string => (locale() === 'id' ? 'id-ID' : 'en-GB');
