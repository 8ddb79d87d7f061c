/** The @word being typed just before the caret, if any: where it starts (at the @) and its text. */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const m = /(^|[^\w@])@([a-z0-9_]{1,30})$/i.exec(before);
  if (!m) return null;
  const query = m[2] ?? '';
  return { start: caret - query.length - 1, query };
}

/** Replaces the partial @word at `start` with `@username ` and returns the new text and caret. */
export function insertMention(text: string, caret: number, start: number, username: string): { text: string; caret: number } {
  const rest = text.slice(caret).replace(/^[a-z0-9_]*/i, '').replace(/^ /, '');
  const inserted = `@${username} `;
  return { text: text.slice(0, start) + inserted + rest, caret: start + inserted.length };
}
