import { intArray, sql } from '../../../core/db/sql.js';

/** The screen behind a token hash, while its session is open. */
export const displayByHashSql = (tokenHash: string) => sql`
  select d.id, d.session_id
  from live_display d join live_session s on s.id = d.session_id
  where d.token_hash = ${tokenHash} and s.state = 'OPEN'`;

/** Of these screens, the ones not replaced and whose session is still open. */
export const validDisplayIdsSql = (ids: readonly number[]) => sql`
  select d.id
  from live_display d join live_session s on s.id = d.session_id
  where d.id = any(${intArray(ids)}) and s.state = 'OPEN'`;

/** Ends a session's hall-screen tokens (before a new one is made): the ids, to close their sockets. */
export const deleteSessionDisplaysSql = (sessionId: number) => sql`
  delete from live_display where session_id = ${sessionId} returning id`;
