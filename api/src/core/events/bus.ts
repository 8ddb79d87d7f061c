import { createPubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { setMaxListeners } from 'node:events';
import { Redis } from 'ioredis';
import { tagTopic } from '../realtime/fanout.js';

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

/** In-process by default; with REDIS_URL, events reach every API instance. */
export function createEventBus(redisUrl?: string): { pubsub: PubSub; close(): Promise<void> } {
  if (!redisUrl) {
    // Thousands of people may follow one thread or meeting: no listener cap (Node warns above 10).
    const eventTarget = new EventTarget();
    setMaxListeners(0, eventTarget);
    return { pubsub: lazyTopics(createPubSub<{ [K in keyof Events]: Events[K] }>({ eventTarget })), close: async () => {} };
  }
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    pubsub: lazyTopics(createPubSub<{ [K in keyof Events]: Events[K] }>({ eventTarget })),
    async close() {
      // quit() lets commands already sent finish (an unsubscribe of a stream that just ended), where
      // disconnect() would reject them; a connection that is down is simply dropped.
      await Promise.all([publishClient, subscribeClient].map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}
