import type { Lang } from './i18n.js';

/** A server message in both of the UI's languages; `{name}` placeholders are filled by `say`. */
export interface Message {
  id: string;
  en: string;
}

/** A module's messages by key (`forum.messages.ts`); manifests hand them to the catalogue test. */
export type Catalogue = Record<string, Message>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The message with its placeholders filled, in both languages. */
export function fill(message: Message, params: Record<string, string | number> = {}): Message {
  const put = (text: string) => text.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole));
  return { id: put(message.id), en: put(message.en) };
}

/** The message in one language, placeholders filled. */
export const say = (lang: Lang, message: Message, params?: Record<string, string | number>): string => fill(message, params)[lang];

/** The placeholders a text uses, for the catalogue test (both languages must use the same). */
export const placeholders = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
