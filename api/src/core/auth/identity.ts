import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContextDisplay, ContextGuest, ContextUser } from '../context.js';
import type { RateLimitRule } from '../rate-limit.js';

export interface AuthenticatedSession {
  user: ContextUser;
  sessionHash: string;
}

/**
 * Who is behind session tokens: provided by the module that owns accounts. Called for every
 * HTTP request and WebSocket operation, so both take many hashes at once (sockets batch).
 */
export interface SessionProvider {
  /** The users behind token hashes, in order (null where unknown, revoked or expired). */
  resolve(root: EntityManager, hashes: readonly string[]): Promise<(AuthenticatedSession | null)[]>;
  /** Which of these sessions are still valid (rechecked per WebSocket operation and by the sweep). */
  stillValid(root: EntityManager, hashes: readonly string[]): Promise<boolean[]>;
}

/** Guests without an account (a live session's participants): provided by the module that has them. */
export interface GuestProvider {
  /** The guest behind a guest token, loaded into `em` (the request keeps it), or null. */
  resolve(em: EntityManager, token: string): Promise<ContextGuest | null>;
  /** Which of these guests may still act (their session is open). */
  stillIn(root: EntityManager, guestIds: readonly number[]): Promise<boolean[]>;
}

/**
 * Read-only screens behind display tokens (a live session's hall screen): provided by the module
 * that has them. Looked up the same way over HTTP and WebSocket (see auth/display.ts).
 */
export interface DisplayProvider {
  /** The screen behind a token hash, or null (unknown, rotated, or its scope ended). */
  resolve(root: EntityManager, tokenHash: string): Promise<ContextDisplay | null>;
  /** Which of these screens may still read (rechecked per WebSocket operation and by the sweep). */
  stillValid(root: EntityManager, ids: readonly number[]): Promise<boolean[]>;
  /** Wrong tokens from one address: a full window refuses further lookups from it. */
  missLimit: RateLimitRule;
}

export interface IdentityProviders {
  sessions?: SessionProvider;
  guests?: GuestProvider;
  displays?: DisplayProvider;
}
