import { intArray, sql } from '../../../core/db/sql.js';
import { USER_ROW } from './user.rows.js';

export const usersByIdSql = (ids: readonly number[]) => sql`select ${USER_ROW.select} from app_user u where u.id = any(${intArray(ids)})`;

/**
 * Serializes the choice of a username from one e-mail prefix until the transaction ends: two
 * people invited as budi@… at once get `budi` and `budi2` instead of one unique-key failure.
 */
export const lockUsernameBaseSql = (base: string) => sql`select pg_advisory_xact_lock(hashtext(${`username:${base}`}))`;

export const usernamesLikeSql = (base: string) => sql`select username from app_user where username like ${`${base.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`;
