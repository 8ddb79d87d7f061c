import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { isRedisOutage } from '../../../core/redis-health.js';

/** An instance's report older than this is ignored (the instance is gone); reports are refreshed well within it. */
export const ONLINE_REPORT_TTL_MS = 60_000;
export const ONLINE_HEARTBEAT_MS = 20_000;

/**
 * How many participants have a live session open, across API instances. Each instance knows
 * its own subscribers; the total is what people see.
 */
export interface OnlineCounts {
  /** Records this instance's count for a session; resolves to the total across instances. */
  report(sessionId: number, local: number): Promise<number>;
  total(sessionId: number, local: number): Promise<number>;
}

/** One instance: its own count is the total. */
export class LocalOnlineCounts implements OnlineCounts {
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
 * once its report is older than ONLINE_REPORT_TTL_MS. While Redis is down, each instance shows
 * its own count; the heartbeat reports it again once Redis is back, and the total corrects itself.
 */
export class RedisOnlineCounts implements OnlineCounts {
  constructor(
    private readonly redis: Redis,
    private readonly instanceId: string = randomUUID(),
    private readonly prefix = 'rembuk:live:online:',
  ) {}

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
      .pexpire(key, ONLINE_REPORT_TTL_MS * 2)
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
      if (now - at > ONLINE_REPORT_TTL_MS) stale.push(instance);
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
