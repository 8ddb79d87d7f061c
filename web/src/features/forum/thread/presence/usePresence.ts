import { createSignal, onCleanup, onMount, type Accessor } from 'solid-js';
import { useClient } from '@urql/solid';
import { UpdatePresenceMutation } from '../../queries/thread';
import type { Person } from '../../types';

export const HEARTBEAT_MS = 20_000;
export const TYPING_EVERY_MS = 3_000;
export const TYPING_TTL_MS = 6_000;

export interface Presence {
  /** Others with the thread open. */
  viewers: Accessor<Person[]>;
  /** Others typing a reply (each for 6 s after their last signal). */
  typing: Accessor<Person[]>;
  /** Call on every keystroke in the composer; sends `typing: true` at most every 3 s. */
  onTyping: () => void;
  /** Applies a PRESENCE event. */
  apply: (viewers: Person[], typing: Person[]) => void;
  heartbeat: () => void;
  /** Someone's post arrived: they are no longer typing it. */
  posted: (personId: string) => void;
}

/** Heartbeats while the thread is open (every 20 s), typing signals, and `leaving` on close. */
export function usePresence(threadId: string, meId: Accessor<string | undefined>): Presence {
  const client = useClient();
  const [viewers, setViewers] = createSignal<Person[]>([]);
  const [typingUntil, setTypingUntil] = createSignal<Map<string, { person: Person; until: number }>>(new Map());
  const [now, setNow] = createSignal(Date.now());
  let lastTyping = 0;

  const send = (typing: boolean, leaving: boolean, keepalive = false) =>
    void client.mutation(UpdatePresenceMutation, { threadId, typing, leaving }, keepalive ? { fetchOptions: { keepalive: true } } : undefined).toPromise();
  const heartbeat = () => send(false, false);

  const others = (people: Person[]) => people.filter((p) => p.id !== meId());
  const apply = (nextViewers: Person[], nextTyping: Person[]) => {
    setViewers(others(nextViewers));
    const at = Date.now();
    setNow(at);
    const map = new Map<string, { person: Person; until: number }>();
    for (const person of others(nextTyping)) map.set(person.id, { person, until: at + TYPING_TTL_MS });
    setTypingUntil(map);
  };
  const typing = () => [...typingUntil().values()].filter((e) => e.until > now()).map((e) => e.person);

  const onTyping = () => {
    const at = Date.now();
    if (at - lastTyping < TYPING_EVERY_MS) return;
    lastTyping = at;
    send(true, false);
  };

  const leave = () => send(false, true, true);
  onMount(() => {
    heartbeat();
    const beat = setInterval(heartbeat, HEARTBEAT_MS);
    // Typing expires on the client too: a lost "stopped typing" must not leave it on screen.
    const tick = setInterval(() => typingUntil().size && setNow(Date.now()), 1000);
    window.addEventListener('pagehide', leave);
    onCleanup(() => {
      clearInterval(beat);
      clearInterval(tick);
      window.removeEventListener('pagehide', leave);
      leave();
    });
  });

  const posted = (personId: string) => {
    if (!typingUntil().has(personId)) return;
    const next = new Map(typingUntil());
    next.delete(personId);
    setTypingUntil(next);
  };

  return { viewers, typing, onTyping, apply, heartbeat, posted };
}
