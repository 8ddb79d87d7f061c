import { sql, textArray } from '../../../core/db/sql.js';
import { USER_ROW } from './user.rows.js';

/** Sessions that are neither revoked nor expired, of users not deactivated, with their users. */
export const liveSessionsSql = (hashes: readonly string[]) =>
  sql`select s.token_hash, s.last_seen_at, ${USER_ROW.select} from user_session s join app_user u on u.id = s.user_id
      where s.token_hash = any(${textArray(hashes)}) and s.revoked_at is null and s.expires_at > now() and u.deactivated_at is null`;

export const validSessionHashesSql = (hashes: readonly string[]) =>
  sql`select s.token_hash from user_session s join app_user u on u.id = s.user_id
      where s.token_hash = any(${textArray(hashes)}) and s.revoked_at is null and s.expires_at > now() and u.deactivated_at is null`;

export const touchSessionsSql = (hashes: readonly string[]) => sql`update user_session set last_seen_at = now() where token_hash = any(${textArray(hashes)})`;

/** A person's sessions that still work, most recently used first. */
export const openSessionsSql = (userId: number) =>
  sql`select token_hash, user_agent, ip, created_at, last_seen_at from user_session
      where user_id = ${userId} and revoked_at is null and expires_at > now() order by last_seen_at desc limit 100`;

/**
 * Ends a person's open sessions (all, or all but `keep`), returning their hashes so the
 * command can close the sockets that use them on every instance.
 */
export const revokeSessionsSql = (userId: number, keep: string | null) =>
  sql`update user_session set revoked_at = now()
      where user_id = ${userId} and revoked_at is null and expires_at > now() and token_hash <> ${keep ?? ''} returning token_hash`;

/** Ends one of a person's sessions, named by the prefix of its hash the sessions list shows. */
export const revokeSessionByPrefixSql = (userId: number, prefix: string) =>
  sql`update user_session set revoked_at = now()
      where user_id = ${userId} and revoked_at is null and left(token_hash, ${prefix.length}) = ${prefix} returning token_hash`;
