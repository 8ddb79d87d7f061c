import type { EntityManager } from '@mikro-orm/postgresql';
import { parse as parseCookie, serialize } from 'cookie';
import { Session } from '../modules/user/session.entity.js';
import { User } from '../modules/user/user.entity.js';
import { hashToken } from './tokens.js';

export const SESSION_COOKIE = 'rembuk_session';

/** Where a token comes from: the session cookie, an Authorization bearer header, or graphql-ws connectionParams. */
export function tokenFromHeaders(headers: { cookie?: string; authorization?: string | string[] }): string | null {
  const auth = Array.isArray(headers.authorization) ? headers.authorization[0] : headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim() || null;
  if (headers.cookie) return parseCookie(headers.cookie)[SESSION_COOKIE] ?? null;
  return null;
}

export interface ResolvedSession {
  user: User;
  sessionHash: string;
}

// Refreshing last_seen_at on every request would turn each read into a write; once a minute is plenty.
const TOUCH_INTERVAL_MS = 60_000;

export async function resolveSession(em: EntityManager, token: string | null): Promise<ResolvedSession | null> {
  if (!token || token.length > 200) return null;
  const tokenHash = hashToken(token);
  const session = await em.findOne(Session, { tokenHash, revokedAt: null, expiresAt: { $gt: new Date() } }, { populate: ['user'] });
  if (!session) return null;
  if (Date.now() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await em.nativeUpdate(Session, { tokenHash }, { lastSeenAt: new Date() });
  }
  return { user: session.user.getEntity(), sessionHash: tokenHash };
}

/** Rechecks a WebSocket's session before each operation, so revoked sessions stop at once. */
export async function sessionStillValid(em: EntityManager, sessionHash: string): Promise<boolean> {
  return (await em.count(Session, { tokenHash: sessionHash, revokedAt: null, expiresAt: { $gt: new Date() } })) > 0;
}

export function sessionCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return serialize(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeSeconds });
}

