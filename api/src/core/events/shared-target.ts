import type { Redis } from 'ioredis';

type Listener = (event: CustomEvent) => void;
type ListenerOrObject = ((event: Event) => void) | { handleEvent(event: Event): void } | null | undefined;

const callbackOf = (l: ListenerOrObject): Listener | undefined => (l == null ? undefined : typeof l === 'function' ? l : (e) => l.handleEvent(e));

/**
 * Redis pub/sub as an EventTarget (as @graphql-yoga/redis-event-target), that keeps working for
 * this instance's own subscribers while Redis is down: an event is then handed to them directly
 * instead of being published. No command of it is left unhandled (the library's are, and a
 * rejected publish would end the process), and none waits in an offline queue.
 */
export function createSharedEventTarget(publishClient: Redis, subscribeClient: Redis, sharedUp: () => boolean): EventTarget {
  const callbacks = new Map<string, Map<ListenerOrObject, Listener>>();
  const deliver = (topic: string, detail: unknown) => {
    const forTopic = callbacks.get(topic);
    if (!forTopic) return;
    const event = new CustomEvent(topic, { detail });
    for (const cb of [...forTopic.values()]) cb(event);
  };
  const quietly = (p: Promise<unknown>) => void p.catch(() => {});
  subscribeClient.on('message', (channel: string, message: string) => deliver(channel, message === '' ? null : JSON.parse(message)));
  // The client is made without autoResubscribe: on every (re)connection it subscribes to exactly
  // the topics someone listens to now, including those added while Redis was down (whose
  // subscribe failed) and none that ended meanwhile. So a failed (un)subscribe needs nothing more.
  subscribeClient.on('ready', () => {
    if (callbacks.size) quietly(subscribeClient.subscribe(...callbacks.keys()));
  });
  return {
    addEventListener(topic: string, listener: ListenerOrObject) {
      const cb = callbackOf(listener);
      if (!cb) return;
      let forTopic = callbacks.get(topic);
      if (!forTopic) {
        callbacks.set(topic, (forTopic = new Map()));
        quietly(subscribeClient.subscribe(topic));
      }
      forTopic.set(listener, cb);
    },
    removeEventListener(topic: string, listener: ListenerOrObject) {
      const forTopic = callbacks.get(topic);
      if (!forTopic?.delete(listener) || forTopic.size > 0) return;
      callbacks.delete(topic);
      quietly(subscribeClient.unsubscribe(topic));
    },
    dispatchEvent(event: Event) {
      const detail = (event as CustomEvent).detail as unknown;
      if (!sharedUp()) {
        deliver(event.type, detail);
        return true;
      }
      // Refused before it was sent (Redis fell just now): only this instance can hear it then.
      void publishClient.publish(event.type, detail === undefined ? '' : JSON.stringify(detail)).catch(() => deliver(event.type, detail));
      return true;
    },
  };
}
