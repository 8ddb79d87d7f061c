import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { execute, query } from '../db/query.js';
import type { Logger } from '../logger.js';
import type { Events, PubSub } from './bus.js';
import { claimStaleEventsSql, deleteEventsSql, insertEventsSql, type OutboxRow } from './outbox.sql.js';

/** An event a command recorded: `[topic, topic id, payload]` as in `Events`. */
export type Recorded = { [K in keyof Events]: [K, ...Events[K]] }[keyof Events];

export interface RelayOptions {
  /** How often undelivered events (left by a crash) are looked for, and how old they must be. */
  sweepEveryMs?: number;
  staleAfterSeconds?: number;
}

/**
 * The outbox's two halves. `record` writes a command's events into the outbox table inside the
 * command's transaction (one statement); `deliver` publishes them once the transaction has
 * committed and then deletes them, batched and off the request's path. If the process dies in
 * between, the rows stay: `recover` (at start) and the sweep (every few seconds, any instance)
 * publish them later. An event can therefore be published twice, never lost; every event carries
 * its id and subscribers drop ids they have seen (see bus.ts), so nobody gets one twice.
 */
export class OutboxRelay {
  private pendingDeletes: string[] = [];
  private deleteTimer: NodeJS.Timeout | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> | undefined;
  private deleting: Promise<void> = Promise.resolve();
  private stopped = false;
  /** Called after commit, before publishing: a seam for fault-injection tests (a crash here must lose nothing). */
  beforeDeliver: ((events: readonly OutboxRow[]) => void) | undefined;

  constructor(
    private readonly root: EntityManager,
    private readonly pubsub: PubSub,
    private readonly logger: Logger,
    private readonly options: RelayOptions = {},
  ) {}

  /** Inside the command's transaction: the events as rows, written in one statement. */
  async record(tx: EntityManager, events: readonly Recorded[]): Promise<OutboxRow[]> {
    if (events.length === 0) return [];
    const rows = events.map(([topic, id, payload]) => ({ id: randomUUID(), topic, topic_id: String(id), payload: payload as Record<string, unknown> }));
    await execute(tx, insertEventsSql(rows));
    return rows;
  }

  /** After commit: publishes, then forgets the rows (a batched delete a few ms later). */
  deliver(rows: readonly OutboxRow[]): void {
    if (rows.length === 0) return;
    this.beforeDeliver?.(rows);
    this.publish(rows);
    for (const r of rows) this.pendingDeletes.push(r.id);
    this.deleteTimer ??= setTimeout(() => void this.flushDeletes(), 5);
  }

  /** Resolves once every delivered event has been deleted (tests count statements after this). */
  async settled(): Promise<void> {
    if (this.deleteTimer) {
      clearTimeout(this.deleteTimer);
      await this.flushDeletes();
    }
    await this.deleting;
  }

  /** Publishes every undelivered event a crash left behind (at start, before serving). */
  async recover(): Promise<number> {
    return this.sweep(0);
  }

  /** Starts looking for stale undelivered events periodically (another instance may have died). */
  start(): void {
    const every = this.options.sweepEveryMs ?? 10_000;
    this.sweepTimer = setInterval(() => {
      this.sweeping ??= this.sweep(this.options.staleAfterSeconds ?? 10)
        .then(() => undefined)
        .catch((err: unknown) => this.logger.warn({ err }, 'outbox sweep failed'))
        .finally(() => (this.sweeping = undefined));
    }, every);
    this.sweepTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    await this.sweeping;
    await this.flushDeletes();
  }

  private publish(rows: readonly OutboxRow[]): void {
    const publish = this.pubsub.publish as (name: string, id: string, payload: unknown) => void;
    for (const r of rows) publish(r.topic, r.topic_id, { ...r.payload, eventId: r.id });
  }

  private flushDeletes(): Promise<void> {
    this.deleteTimer = undefined;
    const ids = this.pendingDeletes;
    this.pendingDeletes = [];
    if (ids.length === 0) return this.deleting;
    const previous = this.deleting;
    this.deleting = (async () => {
      await previous;
      try {
        await execute(this.root, deleteEventsSql(ids));
      } catch (err) {
        // Left in the table, they are delivered again by a sweep; subscribers drop the repeats.
        this.logger.warn({ err, count: ids.length }, 'delivered outbox events could not be deleted');
      }
    })();
    return this.deleting;
  }

  private async sweep(olderThanSeconds: number): Promise<number> {
    let total = 0;
    for (;;) {
      if (this.stopped && olderThanSeconds > 0) return total;
      // Claimed, published and deleted in one transaction: another instance sweeping skips these rows.
      const n = await this.root.fork().transactional(async (tx) => {
        const rows = await query<OutboxRow>(tx, claimStaleEventsSql(olderThanSeconds, 500));
        this.publish(rows);
        if (rows.length) await execute(tx, deleteEventsSql(rows.map((r) => r.id)));
        return rows.length;
      });
      total += n;
      if (n < 500) break;
    }
    if (total) this.logger.info({ count: total }, 'outbox: delivered events left undelivered');
    return total;
  }
}
