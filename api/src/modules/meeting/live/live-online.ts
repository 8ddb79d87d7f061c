import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { isRedisOutage } from '../../../core/redis-health.js';

/**
 * An instance's report older than this is ignored (the instance is gone; LIVE_PRESENCE_TTL_SECONDS).
 * Reports are refreshed every third of it, so a lost instance stops counting within 4/3 of it.
 */
export const ONLINE_REPORT_TTL_MS = 45_000;
export const heartbeatFor = (ttlMs: number) => Math.max(1000, Math.floor(ttlMs / 3));

/**
 * How many participants have a live session open, across API instances. Each instance knows
 * its own subscribers; the total is what people see.
 */
export interface OnlineCounts {
  /** Records this instance's count for a session; resolves to the total across instances. */
  report(sessionId: number, local: number): Promise<number>;
  total(sessionId: number, local: number): Promise<number>;
  /** This instance is going away (a graceful stop): its reports stop counting now, not after the TTL. */
  withdraw(sessionIds: readonly number[]): Promise<void>;
  /** How often reports are refreshed. */
  readonly heartbeatMs: number;
}

/** One instance: its own count is the total. */
export class LocalOnlineCounts implements OnlineCounts {
  readonly heartbeatMs = heartbeatFor(ONLINE_REPORT_TTL_MS);
  async withdraw() {}
  async report(_sessionId: number, local: number) {
    return local;
  }
  async total(_sessionId: number, local: number) {
    return local;
  }
}

/**
 * Several instances behind one Redis: a hash per session holds each instance's count with the
 * time it was reported; the total sums fresh reports, so a crashed instance stops counting
 * once its report is older than the TTL. While Redis is down, each instance shows
 * its own count; the heartbeat reports it again once Redis is back, and the total corrects itself.
 */
export class RedisOnlineCounts implements OnlineCounts {
  readonly heartbeatMs: number;
  constructor(
    private readonly redis: Redis,
    private readonly instanceId: string = randomUUID(),
    private readonly prefix = 'rembuk:live:online:',
    private readonly ttlMs = ONLINE_REPORT_TTL_MS,
  ) {
    this.heartbeatMs = heartbeatFor(ttlMs);
  }

  async withdraw(sessionIds: readonly number[]): Promise<void> {
    try {
      await Promise.all(sessionIds.map((id) => this.redis.hdel(`${this.prefix}${id}`, this.instanceId)));
    } catch (err) {
      // Redis down: the report simply goes stale and stops counting after the TTL.
      if (!isRedisOutage(err)) throw err;
    }
  }

  report(sessionId: number, local: number): Promise<number> {
    return orLocal(local, () => this.reportShared(sessionId, local));
  }

  total(sessionId: number, local: number): Promise<number> {
    return orLocal(local, () => this.totalShared(sessionId, local));
  }

  private async reportShared(sessionId: number, local: number): Promise<number> {
    const key = `${this.prefix}${sessionId}`;
    const now = Date.now();
    const [, , all] = (await this.redis
      .multi()
      .hset(key, this.instanceId, `${local}:${now}`)
      .pexpire(key, this.ttlMs * 2)
      .hgetall(key)
      .exec())!.map(([err, value]) => {
      if (err) throw err;
      return value;
    }) as [unknown, unknown, Record<string, string>];
    return this.sum(key, all, now);
  }

  private async totalShared(sessionId: number, local: number): Promise<number> {
    const key = `${this.prefix}${sessionId}`;
    const all = await this.redis.hgetall(key);
    all[this.instanceId] = `${local}:${Date.now()}`;
    return this.sum(key, all, Date.now());
  }

  private async sum(key: string, all: Record<string, string>, now: number): Promise<number> {
    let total = 0;
    const stale: string[] = [];
    for (const [instance, value] of Object.entries(all)) {
      const [count, at] = value.split(':').map(Number);
      if (now - at > this.ttlMs) stale.push(instance);
      else total += count;
    }
    if (stale.length) await this.redis.hdel(key, ...stale);
    return total;
  }
}

async function orLocal(local: number, shared: () => Promise<number>): Promise<number> {
  try {
    return await shared();
  } catch (err) {
    if (!isRedisOutage(err)) throw err;
    return local;
  }
}
