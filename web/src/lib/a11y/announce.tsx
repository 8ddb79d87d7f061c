import { createSignal, onCleanup, type JSX } from 'solid-js';
import { Portal } from 'solid-js/web';

/**
 * Screen-reader announcements. One app-wide polite region says what a single action or a
 * navigation did ("Balasan terkirim", the new page's title); each live page owns one batched
 * region for what others do (new posts, questions, polls), so a busy meeting is heard as
 * "3 pertanyaan baru" every few seconds rather than as a stream that drowns everything else.
 */

const [message, setMessage] = createSignal('');
let clearTimer: ReturnType<typeof setTimeout> | undefined;

/** Says `text` politely once (the same text twice in a row is said twice). */
export function announce(text: string): void {
  if (!text) return;
  // Emptied first: screen readers only speak a change of the region's content.
  setMessage('');
  clearTimeout(clearTimer);
  setTimeout(() => {
    setMessage(text);
    clearTimer = setTimeout(() => setMessage(''), 5_000);
  }, 50);
}

const srOnly = 'sr-only';

/** The app-wide region; mounted once at the root, outside what dialogs make inert. */
export function Announcer() {
  return (
    <Portal>
      <div data-live-region="" data-testid="announcer" class={srOnly} role="status" aria-live="polite" aria-atomic="true">
        {message()}
      </div>
    </Portal>
  );
}

/** How a batch of counted events is said, e.g. `post: (n) => t('forum.live.newPosts', { count: n })`. */
export type BatchFormats<K extends string> = Record<K, (count: number) => string>;

export interface LiveRegion<K extends string> {
  /** Counts one more event of `kind` into the next announcement. */
  count: (kind: K, n?: number) => void;
  /** Adds a sentence of its own to the next announcement (e.g. the question of a poll that opened). */
  say: (text: string) => void;
  /** The region; render it once on the page. */
  Region: () => JSX.Element;
}

/**
 * A polite live region for one page that collects events for `quietMs` after the first and
 * then says them in one sentence, ordered as `formats` lists the kinds.
 */
export function createLiveRegion<K extends string>(formats: BatchFormats<K>, quietMs = 2_000): LiveRegion<K> {
  const [text, setText] = createSignal('');
  const counts = new Map<K, number>();
  const sentences: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const parts = (Object.keys(formats) as K[]).filter((k) => (counts.get(k) ?? 0) > 0).map((k) => formats[k](counts.get(k) ?? 0));
    parts.push(...sentences);
    counts.clear();
    sentences.length = 0;
    if (parts.length > 0) setText(parts.join('. '));
  };
  const schedule = () => {
    timer ??= setTimeout(flush, quietMs);
  };
  onCleanup(() => clearTimeout(timer));
  return {
    count: (kind, n = 1) => {
      counts.set(kind, (counts.get(kind) ?? 0) + n);
      schedule();
    },
    say: (sentence) => {
      sentences.push(sentence);
      schedule();
    },
    Region: () => (
      <Portal>
        <div data-live-region="" data-testid="live-region" class={srOnly} role="log" aria-live="polite" aria-relevant="additions text" aria-atomic="true">
          {text()}
        </div>
      </Portal>
    ),
  };
}
