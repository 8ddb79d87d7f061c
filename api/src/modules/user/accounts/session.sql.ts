import { sql, textArray } from '../../../core/db/sql.js';
import { USER_ROW } from './user.rows.js';

/** Sessions that are neither revoked nor expired, with their users. */
export const liveSessionsSql = (hashes: readonly string[]) =>
  sql`select s.token_hash, s.last_seen_at, ${USER_ROW.select} from user_session s join app_user u on u.id = s.user_id
      where s.token_hash = any(${textArray(hashes)}) and s.revoked_at is null and s.expires_at > now()`;

export const validSessionHashesSql = (hashes: readonly string[]) =>
  sql`select token_hash from user_session where token_hash = any(${textArray(hashes)}) and revoked_at is null and expires_at > now()`;

export const touchSessionsSql = (hashes: readonly string[]) => sql`update user_session set last_seen_at = now() where token_hash = any(${textArray(hashes)})`;
