import type { Locale } from '../i18n';

/** Flat keys to texts; `{{ name }}` marks a placeholder. */
export type Messages = Readonly<Record<string, string>>;

/** One part of the app's texts in every language (the shared words, or one feature's). */
export type Dictionary = Readonly<Record<Locale, Messages>>;

/** A dictionary and who brought it, so a clash can name both sides. */
export interface DictionaryPart {
  name: string;
  dictionary?: Dictionary;
}

/**
 * Merges the parts into one dictionary per language. Two parts with the same key would make one
 * of them show the other's text, so that throws at start-up instead.
 */
export function mergeDictionaries(parts: DictionaryPart[]): Dictionary {
  const owners = new Map<string, string>();
  const merged: Record<Locale, Record<string, string>> = { id: {}, en: {} };
  for (const part of parts) {
    if (!part.dictionary) continue;
    for (const locale of Object.keys(merged) as Locale[]) {
      for (const [key, text] of Object.entries(part.dictionary[locale])) {
        const owner = owners.get(`${locale}:${key}`);
        if (owner !== undefined) throw new Error(`Dictionary key "${key}" is defined by both "${owner}" and "${part.name}"`);
        owners.set(`${locale}:${key}`, part.name);
        merged[locale][key] = text;
      }
    }
  }
  return merged;
}
