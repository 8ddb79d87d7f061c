import { createSignal, type Accessor } from 'solid-js';
import { createQuery } from '@urql/solid';
import { MentionableUsersQuery } from '../queries/posts';
import { insertMention, mentionAt } from './mentions';
import { createDebounced } from '../../../lib/debounce';

const SEARCH_DELAY_MS = 150;

export type MentionUser = { id: string; name: string; username: string; region?: { name: string } | null };

export interface Mentions {
  options: Accessor<MentionUser[]>;
  active: Accessor<number>;
  open: Accessor<boolean>;
  /** Call after every input or caret move with the textarea. */
  update: (el: HTMLTextAreaElement) => void;
  /** Handles arrows, Enter, Tab and Escape while the list is open; true when the key was used. */
  onKeyDown: (e: KeyboardEvent, el: HTMLTextAreaElement) => boolean;
  choose: (user: MentionUser, el: HTMLTextAreaElement) => void;
  close: () => void;
}

/** @mention autocomplete for a textarea: `mentionableUsers(search)` while an @word is typed. */
export function useMentions(setText: (text: string) => void): Mentions {
  const [at, setAt] = createSignal<{ start: number; query: string } | null>(null);
  const [search, schedule] = createDebounced('', SEARCH_DELAY_MS);
  const [active, setActive] = createSignal(0);
  const [users] = createQuery({
    query: MentionableUsersQuery,
    variables: () => ({ search: search() }),
    pause: () => !at() || !search(),
  });
  // The answer may be for an earlier, shorter word (the search is debounced): only people who
  // still match what is typed now are offered, so Enter never picks a name the word has left behind.
  const options = (): MentionUser[] => {
    const word = at()?.query.toLowerCase();
    if (!word || !search()) return [];
    return (users.data?.mentionableUsers ?? []).filter((u) => u.username.startsWith(word) || u.name.toLowerCase().includes(word));
  };
  const open = () => options().length > 0;

  const update = (el: HTMLTextAreaElement) => {
    const found = el.selectionStart === el.selectionEnd ? mentionAt(el.value, el.selectionStart) : null;
    setAt(found);
    if (found) {
      schedule(found.query.toLowerCase());
      setActive(0);
    }
  };

  const choose = (user: MentionUser, el: HTMLTextAreaElement) => {
    const found = at();
    if (!found) return;
    const next = insertMention(el.value, el.selectionStart, found.start, user.username);
    setAt(null);
    setText(next.text);
    el.value = next.text;
    el.focus();
    el.setSelectionRange(next.caret, next.caret);
  };

  const onKeyDown = (e: KeyboardEvent, el: HTMLTextAreaElement): boolean => {
    if (!open()) return false;
    const count = options().length;
    switch (e.key) {
      case 'ArrowDown':
        setActive((active() + 1) % count);
        return true;
      case 'ArrowUp':
        setActive((active() - 1 + count) % count);
        return true;
      case 'Enter':
      case 'Tab': {
        const user = options()[active()];
        if (user) choose(user, el);
        return true;
      }
      case 'Escape':
        setAt(null);
        return true;
      default:
        return false;
    }
  };

  return { options, active, open, update, onKeyDown, choose, close: () => setAt(null) };
}
