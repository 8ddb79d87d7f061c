import type { EntityManager } from '@mikro-orm/postgresql';
import type { Sql } from './db/sql.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { PubSub } from './events/bus.js';
import type { RateLimiter } from './rate-limit.js';
import type { LoaderRegistry, Loaders } from './loaders.js';
import type { Lang } from './i18n.js';
import type { OutboxRelay } from './events/relay.js';

/**
 * Who can be authenticated, declared by the modules that authenticate people (module
 * augmentation): the user module adds `user`, the meeting module `guest`. Core only relies
 * on both having a numeric id.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Identities {}
export type ContextUser = Identities extends { user: infer U extends { id: number } } ? U : { id: number };
export type ContextGuest = Identities extends { guest: infer G extends { id: number } } ? G : { id: number };
/** A read-only screen (a live session's hall screen on a projector): nobody, and it acts on nothing. */
export type ContextDisplay = Identities extends { display: infer D extends { id: number } } ? D : { id: number };

/** What a request (HTTP) or an operation (WebSocket) carries through the resolvers. */
export interface Context {
  em: EntityManager;
  user: ContextUser | null;
  /** A guest of one live session (no account); null for users and anonymous callers. */
  guest: ContextGuest | null;
  /** A display token's screen (read-only, no person); absent or null otherwise. */
  display?: ContextDisplay | null;
  /** Hash of the session token in use, to sign out exactly this session. */
  sessionHash: string | null;
  ip: string;
  userAgent: string | undefined;
  lang: Lang;
  loaders: Loaders;
  services: Services;
  /** A read with plain SQL on a pooled connection (never inside a transaction), for hot reads that need no entity manager. */
  read<T>(statement: Sql): Promise<T[]>;
  /** Set the session cookie (HTTP only; on WebSocket there is no response to set it on). */
  setCookie?: (name: string, value: string, options: CookieOptions) => void;
}

export interface CookieOptions {
  maxAgeSeconds: number;
}

/**
 * Process-wide services handed to every request. Modules add their own (presence, live
 * counters) by augmenting this interface and providing them in their manifest.
 */
export interface Services {
  config: Config;
  logger: Logger;
  pubsub: PubSub;
  rateLimiter: RateLimiter;
  loaders: LoaderRegistry;
  /** Records commands' events in the outbox and delivers them after commit (see commands/runner.ts). */
  outbox: OutboxRelay;
  /** Every module's public input limits, by module (the `limits` query). */
  limits: Record<string, Readonly<Record<string, number>>>;
}
