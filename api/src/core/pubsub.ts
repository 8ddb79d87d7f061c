import { createPubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { setMaxListeners } from 'node:events';
import { Redis } from 'ioredis';
import type { FeedEventMessage, ThreadEventMessage } from '../modules/forum/forum.events.js';
import type { LiveEventMessage } from '../modules/meeting/live-events.js';

/** Every event the API publishes, by topic; payloads are plain JSON so they cross Redis intact. */
export interface Events {
  ASSESSMENT_RECORDED: [regionCode: string, payload: { assessmentId: number; regionCode: string }];
  THREAD_EVENT: [threadId: string, payload: ThreadEventMessage];
  /** Topic is a category id, or `all` for the feed across categories. */
  FEED_EVENT: [topic: string, payload: FeedEventMessage];
  NOTIFICATION: [userId: string, payload: { notificationId: number }];
  LIVE_EVENT: [sessionId: string, payload: LiveEventMessage];
}

export type PubSub = ReturnType<typeof createPubSub<{ [K in keyof Events]: Events[K] }>>;

/** In-process by default; with REDIS_URL, events reach every API instance. */
export function createEventBus(redisUrl?: string): { pubsub: PubSub; close(): Promise<void> } {
  if (!redisUrl) {
    // Thousands of people may follow one thread or meeting: no listener cap (Node warns above 10).
    const eventTarget = new EventTarget();
    setMaxListeners(0, eventTarget);
    return { pubsub: createPubSub<{ [K in keyof Events]: Events[K] }>({ eventTarget }), close: async () => {} };
  }
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    pubsub: createPubSub<{ [K in keyof Events]: Events[K] }>({ eventTarget }),
    async close() {
      publishClient.disconnect();
      subscribeClient.disconnect();
    },
  };
}
