import type { DisplayProvider } from '../../../core/auth/identity.js';
import { query } from '../../../core/db/query.js';
import { LIVE_LIMITS } from '../meeting.limits.js';
import { displayByHashSql, validDisplayIdsSql } from './display.sql.js';

/** Hall screens: a display token reads its one session while the session is open and the token is the latest. */
export const liveDisplays: DisplayProvider = {
  async resolve(root, tokenHash) {
    const [row] = await query<{ id: number; session_id: number }>(root, displayByHashSql(tokenHash));
    return row ? { id: row.id, sessionId: row.session_id } : null;
  },
  async stillValid(root, ids) {
    const valid = new Set((await query<{ id: number }>(root, validDisplayIdsSql(ids))).map((r) => r.id));
    return ids.map((id) => valid.has(id));
  },
  missLimit: LIVE_LIMITS.displayMiss,
};
