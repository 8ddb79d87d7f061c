import { createPubSub } from '@graphql-yoga/subscription';
import { setMaxListeners } from 'node:events';
import { Redis } from 'ioredis';
import { tagTopic } from '../realtime/fanout.js';
import { redisOptions, type RedisHealth } from '../redis-health.js';
import { createSharedEventTarget } from './shared-target.js';

/**
 * Every event the API publishes, by topic name: `[topic id, payload]`. Modules declare theirs
 * by augmenting this interface next to their event types; payloads are plain JSON so they
 * cross Redis intact.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Events {}

type YogaPubSub = ReturnType<typeof createPubSub<{ [K in keyof Events]: Events[K] }>>;

/** Events delivered from the outbox carry their id, so a subscriber that hears one twice (after a crash) drops the second. */
export interface Delivered {
  eventId?: string;
}

export interface PubSub {
  /**
   * Publishes now. Only the outbox relay calls this for events (commands record theirs in the
   * outbox, so none is lost or sent before commit); modules use `signal`.
   */
  publish<K extends keyof Events>(name: K, id: Events[K][0], payload: Events[K][1] & Delivered): void;
  /**
   * A best-effort signal of derived, short-lived state that clients re-read anyway (presence,
   * typing, coalesced vote counts): not durable, never deduplicated. Facts go through commands.
   */
  signal<K extends keyof Events>(name: K, id: Events[K][0], payload: Events[K][1]): void;
  /**
   * A stream of one topic. It listens only once read: a subscriber whose topic is served by
   * the fan-out (see fanout.ts) keeps its stream for lifecycle and never reads it.
   */
  subscribe<K extends keyof Events>(name: K, id: Events[K][0]): AsyncIterableIterator<Events[K][1]>;
}

/** How many delivered event ids a stream remembers: far more than can be redelivered at once. */
const SEEN_IDS = 1024;

function lazyTopics(inner: YogaPubSub): PubSub {
  const publish = (name: string, id: string, payload: unknown) => (inner.publish as (n: string, i: string, p: unknown) => void)(name, id, payload);
  return {
    publish,
    signal: publish,
    subscribe<K extends keyof Events>(name: K, id: Events[K][0]) {
      let source: AsyncIterator<Events[K][1] & Delivered> | undefined;
      const open = () => (source ??= (inner.subscribe as (n: string, i: string) => AsyncIterable<Events[K][1] & Delivered>)(name, id)[Symbol.asyncIterator]());
      let closed = false;
      const seen = new Set<string>();
      // Skips an event this stream already had (an outbox redelivery after a crash).
      const next = async (): Promise<IteratorResult<Events[K][1]>> => {
        for (;;) {
          if (closed) return { done: true, value: undefined };
          const r = await open().next();
          const eventId = r.done ? undefined : r.value?.eventId;
          if (eventId === undefined) return r;
          if (seen.has(eventId)) continue;
          seen.add(eventId);
          if (seen.size > SEEN_IDS) seen.delete(seen.values().next().value!);
          return r;
        }
      };
      const stream: AsyncIterableIterator<Events[K][1]> = {
        next,
        async return() {
          closed = true;
          await source?.return?.();
          return { done: true, value: undefined };
        },
        [Symbol.asyncIterator]() {
          return stream;
        },
      };
      tagTopic(stream, { name, id });
      return stream;
    },
  };
}

/**
 * In-process by default; with REDIS_URL, events reach every API instance, and while Redis is
 * down each instance still delivers its own events to its own subscribers.
 */
export interface EventBus {
  pubsub: PubSub;
  /** Resolves once Redis is connected (at once in-process): what is published before then reaches only this instance. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** How long start-up waits for the bus's Redis connections before giving up. */
const CONNECT_TIMEOUT_MS = 10_000;

function connected(client: Redis): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`REDIS_URL: the event bus could not connect to Redis in ${CONNECT_TIMEOUT_MS / 1000} s`)), CONNECT_TIMEOUT_MS);
    client.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export function createEventBus(redisUrl?: string, health?: RedisHealth): EventBus {
  if (!redisUrl) {
    // Thousands of people may follow one thread or meeting: no listener cap (Node warns above 10).
    const eventTarget = new EventTarget();
    setMaxListeners(0, eventTarget);
    return { pubsub: lazyTopics(createPubSub<{ [K in keyof Events]: Events[K] }>({ eventTarget })), ready: async () => {}, close: async () => {} };
  }
  const publishClient = new Redis(redisUrl, redisOptions);
  const subscribeClient = new Redis(redisUrl, { ...redisOptions, autoResubscribe: false });
  const clients = [publishClient, subscribeClient];
  // Without a watcher (a bare bus in a test) errors still need a listener, or ioredis prints each.
  if (health) for (const c of clients) health.watch(c);
  else for (const c of clients) c.on('error', () => {});
  const sharedUp = () => clients.every((c) => c.status === 'ready');
  const eventTarget = createSharedEventTarget(publishClient, subscribeClient, sharedUp);
  return {
    pubsub: lazyTopics(createPubSub<{ [K in keyof Events]: Events[K] }>({ eventTarget })),
    ready: async () => void (await Promise.all(clients.map(connected))),
    async close() {
      // quit() lets commands already sent finish (an unsubscribe of a stream that just ended), where
      // disconnect() would reject them; a connection that is down is simply dropped.
      await Promise.all(clients.map((c) => (c.status === 'ready' ? c.quit().catch(() => c.disconnect()) : c.disconnect())));
    },
  };
}
