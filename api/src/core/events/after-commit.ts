import type { Events, PubSub } from './bus.js';

type Publication = { [K in keyof Events]: [K, ...Events[K]] }[keyof Events];

/**
 * Collects events while a transaction runs and publishes them only once it has committed,
 * so no subscriber ever hears of a change that was rolled back.
 */
export class AfterCommit {
  private queue: Publication[] = [];

  constructor(private pubsub: PubSub) {}

  add(...publication: Publication): void {
    this.queue.push(publication);
  }

  /** Runs `work`; on success publishes what it queued, on failure drops it. */
  async run<T>(work: (events: AfterCommit) => Promise<T>): Promise<T> {
    try {
      const result = await work(this);
      for (const [topic, id, payload] of this.queue) (this.pubsub.publish as (t: string, i: string, p: unknown) => void)(topic, id, payload);
      return result;
    } finally {
      this.queue = [];
    }
  }
}
