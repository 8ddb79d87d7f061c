import { createPubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { setMaxListeners } from 'node:events';
import { Redis } from 'ioredis';
import { tagTopic } from '../realtime/fanout.js';
import type { FeedEventMessage, ThreadEventMessage } from '../../modules/forum/forum.events.js';
import type { LiveEventMessage } from '../../modules/meeting/live-events.js';

/** Every event the API publishes, by topic; payloads are plain JSON so they cross Redis intact. */
export interface Events {
  ASSESSMENT_RECORDED: [regionCode: string, payload: { assessmentId: number; regionCode: string }];
  THREAD_EVENT: [threadId: string, payload: ThreadEventMessage];
  /** Topic is a category id, or `all` for the feed across categories. */
  FEED_EVENT: [topic: string, payload: FeedEventMessage];
  NOTIFICATION: [userId: string, payload: { notificationId: number }];
  /** The user's read marker or level on a thread changed (another tab or device may show it). */
  READ_STATE: [userId: string, payload: { threadId: number }];
  LIVE_EVENT: [sessionId: string, payload: LiveEventMessage];
}

type YogaPubSub = ReturnType<typeof createPubSub<{ [K in keyof Events]: Events[K] }>>;

export interface PubSub {
  publish<K extends keyof Events>(name: K, id: Events[K][0], payload: Events[K][1]): void;
  /**
   * A stream of one topic. It listens only once read: a subscriber whose topic is served by
   * the fan-out (see fanout.ts) keeps its stream for lifecycle and never reads it.
   */
  subscribe<K extends keyof Events>(name: K, id: Events[K][0]): AsyncIterableIterator<Events[K][1]>;
}

function lazyTopics(inner: YogaPubSub): PubSub {
  return {
    publish: (name, id, payload) => (inner.publish as (n: string, i: string, p: unknown) => void)(name, id, payload),
    subscribe<K extends keyof Events>(name: K, id: Events[K][0]) {
      let source: AsyncIterator<Events[K][1]> | undefined;
      const open = () => (source ??= (inner.subscribe as (n: string, i: string) => AsyncIterable<Events[K][1]>)(name, id)[Symbol.asyncIterator]());
      let closed = false;
      const stream: AsyncIterableIterator<Events[K][1]> = {
        next: () => (closed ? Promise.resolve({ done: true, value: undefined }) : open().next()),
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
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
