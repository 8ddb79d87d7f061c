import type { SessionProvider } from '../../../core/auth/identity.js';
import { execute, query } from '../../../core/db/query.js';
import { userFromRow, type UserRow } from './user.rows.js';
import type { User } from './user.entity.js';
import { liveSessionsSql, touchSessionsSql, validSessionHashesSql } from './session.sql.js';

// Refreshing last_seen_at on every request would turn each read into a write; once a minute is plenty.
const TOUCH_INTERVAL_MS = 60_000;

/**
 * Who is behind session tokens, in one statement and without the ORM: this runs for every
 * request and every WebSocket. Sessions not seen for a minute are touched, in one more.
 */
export const userSessions: SessionProvider = {
  async resolve(root, hashes) {
    const rows = await query<UserRow & { token_hash: string; last_seen_at: Date }>(root, liveSessionsSql(hashes));
    const stale = rows.filter((r) => Date.now() - new Date(r.last_seen_at).getTime() > TOUCH_INTERVAL_MS).map((r) => r.token_hash);
    if (stale.length) await execute(root, touchSessionsSql(stale));
    const byHash = new Map(rows.map((r) => [r.token_hash, r]));
    return hashes.map((h) => {
      const row = byHash.get(h);
      return row ? { user: userFromRow(row), sessionHash: h } : null;
    });
  },
  async stillValid(root, hashes) {
    const alive = new Set((await query<{ token_hash: string }>(root, validSessionHashesSql(hashes))).map((r) => r.token_hash));
    return hashes.map((h) => alive.has(h));
  },
};

declare module '../../../core/context.js' {
  interface Identities {
    user: User;
  }
}
