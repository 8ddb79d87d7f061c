import { createSignal } from 'solid-js';
import { resolveTemplate, type BaseTemplateArgs } from '@solid-primitives/i18n';
import { mergeDictionaries, type Dictionary } from './dict/dictionary';
import { commonId } from './dict/id';
import { commonEn } from './dict/en';

export type Locale = 'id' | 'en';

/** Keys of the shared words every part of the app may use. */
export type CommonKey = keyof typeof commonId;

/** Translates a flat key; `{{ name }}` placeholders are filled from the second argument. */
export type Translate<K extends string> = (key: K, args?: BaseTemplateArgs) => string;

export const commonDictionary: Dictionary = { id: commonId, en: commonEn };

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

// Lib cannot know the features' texts: the app installs what its shell shows (the shared words,
// header links, small features), merged, before rendering; a feature's page texts join when the
// first module that uses them loads, so they ship with its pages, not with every first page.
let installed: Dictionary = commonDictionary;
const added = new Map<string, Dictionary>();
let dictionaries: Dictionary = commonDictionary;

function remerge(): void {
  dictionaries = mergeDictionaries([{ name: 'app', dictionary: installed }, ...[...added].map(([name, dictionary]) => ({ name, dictionary }))]);
}

/** Sets the texts `t` reads: the shared words and the features' shell texts, merged (see `mergeDictionaries`). */
export function installDictionaries(merged: Dictionary): void {
  installed = merged;
  remerge();
}

/**
 * Adds a feature's page texts, called once by its `i18n.ts` when that loads (with the first of its
 * pages or components). A key another part already has throws, as at start-up.
 */
export function addDictionary(name: string, dictionary: Dictionary): void {
  if (added.get(name) === dictionary) return;
  added.set(name, dictionary);
  remerge();
}

const pluralRules = { id: new Intl.PluralRules('id'), en: new Intl.PluralRules('en') };

/**
 * A text with forms for "one" and "other" (`'{{ count }} topic|{{ count }} topics'`) picks one by
 * `count` with the language's plural rules; Indonesian texts need no forms.
 */
export function pluralForm(text: string, lang: Locale, count: unknown): string {
  if (!text.includes('|')) return text;
  const [one, other] = text.split('|') as [string, string];
  // Callers often pass the count already formatted ("1.234"): its digits are the number.
  const n = typeof count === 'number' ? count : typeof count === 'string' && /\d/.test(count) ? Number(count.replace(/\D/g, '')) : NaN;
  return Number.isFinite(n) && pluralRules[lang].select(n) === 'one' ? one : other;
}

function translate(key: string, args?: BaseTemplateArgs): string {
  const lang = locale();
  const text = dictionaries[lang][key];
  // A key no installed dictionary has shows as itself: a missing text is noticed, not blank.
  return text === undefined ? key : resolveTemplate(pluralForm(text, lang, args?.count), args);
}

/** `t` for lib: the shared words only. */
export const t: Translate<CommonKey> = translate;

/**
 * `t` for a feature, typed by its own keys plus the shared ones (a typo or another feature's key
 * fails to compile); it reads the same merged dictionaries.
 */
export function translatorFor<K extends string>(): Translate<K | CommonKey> {
  return translate;
}

/** Locale tag for number and date formatting. */
export const localeTag = (): string => (locale() === 'id' ? 'id-ID' : 'en-GB');
