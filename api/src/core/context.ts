import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { PubSub } from './events/bus.js';
import type { RateLimiter } from './rate-limit.js';
import type { PresenceStore } from '../modules/forum/presence.js';
import type { LiveCoalescer } from '../modules/meeting/live-events.js';
import type { Loaders } from './loaders.js';
import type { User } from '../modules/user/user.entity.js';
import type { Participant } from '../modules/meeting/live-session.entity.js';

/** What a request (HTTP) or an operation (WebSocket) carries through the resolvers. */
export interface Context {
  em: EntityManager;
  user: User | null;
  /** A guest of one live session (no account); null for users and anonymous callers. */
  guest: Participant | null;
  /** Hash of the session token in use, to sign out exactly this session. */
  sessionHash: string | null;
  ip: string;
  userAgent: string | undefined;
  lang: 'id' | 'en';
  loaders: Loaders;
  services: Services;
  /** Read-only SQL for hot reads that need no entity manager (`sql()` in request-context.ts: pooled, or the open transaction's). */
  read<T>(sql: string, params: unknown[]): Promise<T>;
  /** Set the session cookie (HTTP only; on WebSocket there is no response to set it on). */
  setCookie?: (name: string, value: string, options: CookieOptions) => void;
}

export interface CookieOptions {
  maxAgeSeconds: number;
}

/** Process-wide services handed to every request. */
export interface Services {
  config: Config;
  logger: Logger;
  pubsub: PubSub;
  rateLimiter: RateLimiter;
  presence: PresenceStore;
  live: LiveCoalescer;
}
