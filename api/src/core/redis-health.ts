import type { Redis, RedisOptions } from 'ioredis';
import type { Logger } from './logger.js';

/**
 * Client options for every Redis connection of the API. A command sent while Redis is down
 * fails at once instead of waiting in an offline queue that grows with every request: the
 * callers fall back to this instance alone (see FallbackRateLimiter and the event bus).
 * Reconnection goes on in the background, at most every 2 s.
 */
export const redisOptions: RedisOptions = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  retryStrategy: (times) => Math.min(times * 100, 2000),
};

/**
 * Whether every watched Redis connection is up. An outage is logged once when it starts and
 * once when it ends, whatever the number of connections and reconnection attempts; ioredis's
 * own error events (one per attempt) go to debug, where they do not flood the log.
 */
export class RedisHealth {
  private readonly clients = new Set<Redis>();
  private readonly connected = new Set<Redis>();
  private wasUp = true;
  private stopped = false;

  constructor(private readonly logger: Logger) {}

  watch(client: Redis): Redis {
    this.clients.add(client);
    client.on('error', (err: Error) => {
      this.logger.debug({ err }, 'redis connection error');
      this.update();
    });
    client.on('close', () => this.update());
    client.on('ready', () => this.update());
    return client;
  }

  get up(): boolean {
    for (const c of this.clients) if (c.status !== 'ready') return false;
    return true;
  }

  /** Closing the connections on shutdown is no outage. */
  stop(): void {
    this.stopped = true;
  }

  private update(): void {
    if (this.stopped) return;
    for (const c of this.clients) if (c.status === 'ready') this.connected.add(c);
    // A connection still making its first connection at start-up is no outage yet.
    let up = true;
    for (const c of this.connected) if (c.status !== 'ready') up = false;
    if (up === this.wasUp) return;
    this.wasUp = up;
    if (up) this.logger.info('Redis is back: rate limits and live events are shared between instances again');
    else this.logger.warn('Redis is unreachable: each instance limits and delivers live events on its own until it is back');
  }
}

/**
 * ioredis's errors for a connection that is down (refused, closed, or not writable without the
 * offline queue). Anything else from Redis is a bug, not an outage.
 */
export function isRedisOutage(err: unknown): boolean {
  const e = err as { name?: string; message?: string; code?: string } | undefined;
  if (!e || typeof e !== 'object') return false;
  if (e.name === 'MaxRetriesPerRequestError') return true;
  if (e.code === 'ECONNREFUSED' || e.code === 'ECONNRESET' || e.code === 'EPIPE') return true;
  return /enableOfflineQueue|Connection is closed|Stream isn't writeable|max retries per request/.test(e.message ?? '');
}
