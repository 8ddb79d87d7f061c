import type { Lang } from './i18n.js';

/** A server message in both of the UI's languages; `{name}` placeholders are filled by `say`. */
export interface Message {
  id: string;
  en: string;
}

/** A module's messages by key (`forum.messages.ts`); manifests hand them to the catalogue test. */
export type Catalogue = Record<string, Message>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** What fills a placeholder: the same in both languages, or a message of its own (then each language gets its text). */
export type Params = Record<string, string | number | Message>;

/** The message with its placeholders filled, in both languages. */
export function fill(message: Message, params: Params = {}): Message {
  const put = (text: string, lang: Lang) =>
    text.replace(PLACEHOLDER, (whole, name: string) => {
      const v = params[name];
      return v === undefined ? whole : typeof v === 'object' ? v[lang] : String(v);
    });
  return { id: put(message.id, 'id'), en: put(message.en, 'en') };
}

/** The message in one language, placeholders filled. */
export const say = (lang: Lang, message: Message, params?: Params): string => fill(message, params)[lang];

/** The placeholders a text uses, for the catalogue test (both languages must use the same). */
export const placeholders = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
