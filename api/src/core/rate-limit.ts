import type { Redis } from 'ioredis';
import { rateLimited } from './errors.js';
import { isRedisOutage } from './redis-health.js';

export interface RateLimitRule {
  /** Bucket name, e.g. signin:ip */
  name: string;
  limit: number;
  windowSeconds: number;
}

/** Fixed-window counters; Redis-backed when several API instances must share them. */
export interface RateLimiter {
  /** Counts one hit; returns seconds to wait when over the limit, else 0. */
  hit(rule: RateLimitRule, key: string): Promise<number>;
  /** Seconds to wait if the limit is already reached, else 0; counts nothing (for limits on failures only). */
  peek(rule: RateLimitRule, key: string): Promise<number>;
  reset(rule: RateLimitRule, key: string): Promise<void>;
}

export class MemoryRateLimiter implements RateLimiter {
  private windows = new Map<string, { count: number; resetAt: number }>();

  async hit(rule: RateLimitRule, key: string): Promise<number> {
    const now = Date.now();
    const id = `${rule.name}:${key}`;
    let w = this.windows.get(id);
    if (!w || w.resetAt <= now) {
      if (this.windows.size > 50_000) this.sweep(now);
      w = { count: 0, resetAt: now + rule.windowSeconds * 1000 };
      this.windows.set(id, w);
    }
    w.count++;
    return w.count > rule.limit ? Math.ceil((w.resetAt - now) / 1000) : 0;
  }

  async peek(rule: RateLimitRule, key: string): Promise<number> {
    const now = Date.now();
    const w = this.windows.get(`${rule.name}:${key}`);
    return w && w.resetAt > now && w.count >= rule.limit ? Math.ceil((w.resetAt - now) / 1000) : 0;
  }

  async reset(rule: RateLimitRule, key: string): Promise<void> {
    this.windows.delete(`${rule.name}:${key}`);
  }

  private sweep(now: number) {
    for (const [id, w] of this.windows) if (w.resetAt <= now) this.windows.delete(id);
  }
}

export class RedisRateLimiter implements RateLimiter {
  constructor(private redis: Redis, private prefix = 'rembuk:rl:') {}

  async hit(rule: RateLimitRule, key: string): Promise<number> {
    const id = `${this.prefix}${rule.name}:${key}`;
    const [[, count], [, ttl]] = (await this.redis.multi().incr(id).ttl(id).exec()) as [[null, number], [null, number]];
    if (ttl < 0) await this.redis.expire(id, rule.windowSeconds);
    return count > rule.limit ? Math.max(ttl, 1) : 0;
  }

  async peek(rule: RateLimitRule, key: string): Promise<number> {
    const id = `${this.prefix}${rule.name}:${key}`;
    const [[, count], [, ttl]] = (await this.redis.multi().get(id).ttl(id).exec()) as [[null, string | null], [null, number]];
    return Number(count ?? 0) >= rule.limit ? Math.max(ttl, 1) : 0;
  }

  async reset(rule: RateLimitRule, key: string): Promise<void> {
    await this.redis.del(`${this.prefix}${rule.name}:${key}`);
  }
}

/**
 * Shared limits while the shared store answers, this instance's own while it does not: a Redis
 * outage must not refuse every sign-in. For that while, a limit of N is N per instance (the
 * local counters start empty), which still stops a single client hammering one instance.
 */
export class FallbackRateLimiter implements RateLimiter {
  constructor(
    private readonly shared: RateLimiter,
    private readonly local: RateLimiter,
    private readonly sharedUp: () => boolean,
  ) {}

  hit(rule: RateLimitRule, key: string): Promise<number> {
    return this.either((l) => l.hit(rule, key));
  }

  peek(rule: RateLimitRule, key: string): Promise<number> {
    return this.either((l) => l.peek(rule, key));
  }

  reset(rule: RateLimitRule, key: string): Promise<void> {
    return this.either((l) => l.reset(rule, key));
  }

  private async either<T>(op: (limiter: RateLimiter) => Promise<T>): Promise<T> {
    if (!this.sharedUp()) return op(this.local);
    try {
      return await op(this.shared);
    } catch (err) {
      // Redis went down between the check and the call; its health watcher logs the outage.
      if (!isRedisOutage(err)) throw err;
      return op(this.local);
    }
  }
}

/**
 * Limits on failures (wrong passwords, unknown codes): refused while any rule is full, and
 * only a failure counts. Several rules over growing windows make growing delays.
 */
export class FailureLimit {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly rules: readonly RateLimitRule[],
  ) {}

  /** Throws RATE_LIMITED while any rule is full for this key. */
  async check(key: string): Promise<void> {
    const waits = await Promise.all(this.rules.map((r) => this.limiter.peek(r, key)));
    const wait = Math.max(0, ...waits);
    if (wait > 0) throw rateLimited(wait);
  }

  async fail(key: string): Promise<void> {
    await Promise.all(this.rules.map((r) => this.limiter.hit(r, key)));
  }

  async succeed(key: string): Promise<void> {
    await Promise.all(this.rules.map((r) => this.limiter.reset(r, key)));
  }
}

export async function enforce(limiter: RateLimiter, rule: RateLimitRule, key: string): Promise<void> {
  const wait = await limiter.hit(rule, key);
  if (wait > 0) throw rateLimited(wait);
}
