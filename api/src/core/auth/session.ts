import type { EntityManager } from '@mikro-orm/postgresql';
import { parse as parseCookie, serialize } from 'cookie';
import type { User } from '../../modules/user/user.entity.js';
import { USER_COLUMNS, userFromRow, type UserRow } from '../../modules/user/user.rows.js';
import { sql } from '../request-context.js';
import { textArray } from '../db/sql-array.js';
import { hashToken } from './tokens.js';

export const SESSION_COOKIE = 'rembuk_session';
export const GUEST_COOKIE = 'rembuk_guest';
/** Guest tokens (live sessions only) carry this prefix, so a bearer token says which kind it is. */
export const GUEST_TOKEN_PREFIX = 'g.';

/** A user session token from an Authorization bearer header or the session cookie. */
export function tokenFromHeaders(headers: { cookie?: string; authorization?: string | string[] }): string | null {
  const auth = Array.isArray(headers.authorization) ? headers.authorization[0] : headers.authorization;
  if (auth?.startsWith('Bearer ')) {
    const token = auth.slice(7).trim();
    return token && !token.startsWith(GUEST_TOKEN_PREFIX) ? token : null;
  }
  if (headers.cookie) return parseCookie(headers.cookie)[SESSION_COOKIE] ?? null;
  return null;
}

/** A guest token (live sessions) from an Authorization bearer header or the guest cookie. */
export function guestTokenFromHeaders(headers: { cookie?: string; authorization?: string | string[] }): string | null {
  const auth = Array.isArray(headers.authorization) ? headers.authorization[0] : headers.authorization;
  if (auth?.startsWith(`Bearer ${GUEST_TOKEN_PREFIX}`)) return auth.slice(7).trim();
  if (headers.cookie) return parseCookie(headers.cookie)[GUEST_COOKIE] ?? null;
  return null;
}

export function guestCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return serialize(GUEST_COOKIE, value, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeSeconds });
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
  return (await resolveSessions(em, [tokenHash]))[0];
}

/**
 * The users behind session token hashes (null where unknown, revoked or expired), in one
 * statement and without the ORM: this runs for every request and every WebSocket. Sessions
 * not seen for a minute are touched, in one more statement.
 */
export async function resolveSessions(em: EntityManager, hashes: readonly string[]): Promise<(ResolvedSession | null)[]> {
  const rows = await sql<(UserRow & { token_hash: string; last_seen_at: Date })[]>(em,
    `select s.token_hash, s.last_seen_at, ${USER_COLUMNS} from user_session s join app_user u on u.id = s.user_id
     where s.token_hash = any(?::text[]) and s.revoked_at is null and s.expires_at > now()`,
    [textArray(hashes)],
  );
  const stale = rows.filter((r) => Date.now() - new Date(r.last_seen_at).getTime() > TOUCH_INTERVAL_MS).map((r) => r.token_hash);
  if (stale.length) await em.execute('update user_session set last_seen_at = now() where token_hash in (select jsonb_array_elements_text(?::jsonb))', [JSON.stringify(stale)]);
  const byHash = new Map(rows.map((r) => [r.token_hash, r]));
  return hashes.map((h) => {
    const row = byHash.get(h);
    return row ? { user: userFromRow(row), sessionHash: h } : null;
  });
}

export function sessionCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return serialize(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeSeconds });
}

