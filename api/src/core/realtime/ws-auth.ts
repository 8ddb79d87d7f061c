import DataLoader from 'dataloader';
import type { MikroORM } from '@mikro-orm/postgresql';
import { sql } from '../request-context.js';
import { intArray, textArray } from '../db/sql-array.js';
import { hashToken } from '../auth/tokens.js';
import { resolveSessions, type ResolvedSession } from '../auth/session.js';

/**
 * Session lookups for WebSocket connects and per-operation rechecks, batched across sockets:
 * a hall of thousands connecting and subscribing at once costs one query per batch instead of
 * one per socket. Nothing is cached; every check reads the database.
 */
export class WsAuth {
  private readonly sessions: DataLoader<string, ResolvedSession | null>;
  private readonly valid: DataLoader<string, boolean>;
  private readonly guests: DataLoader<number, boolean>;

  constructor(private readonly orm: MikroORM) {
    const options = { cache: false, maxBatchSize: 500, batchScheduleFn: (run: () => void) => setImmediate(run) };
    this.sessions = new DataLoader((hashes) => this.loadSessions(hashes), options);
    this.valid = new DataLoader(async (hashes) => {
      const rows = await sql<{ token_hash: string }[]>(
        orm.em,
        'select token_hash from user_session where token_hash = any(?::text[]) and revoked_at is null and expires_at > now()',
        [textArray(hashes)],
      );
      const alive = new Set(rows.map((r) => r.token_hash));
      return hashes.map((h) => alive.has(h));
    }, options);
    this.guests = new DataLoader(async (ids) => {
      const rows = await sql<{ id: number }[]>(
        orm.em,
        `select p.id from live_participant p join live_session s on s.id = p.session_id where p.id = any(?::int[]) and s.state = 'OPEN'`,
        [intArray(ids)],
      );
      const open = new Set(rows.map((r) => r.id));
      return ids.map((id) => open.has(id));
    }, options);
  }

  /** The signed-in user behind a session token, or null (unknown, revoked, expired). */
  session(token: string | null): Promise<ResolvedSession | null> {
    if (!token || token.length > 200) return Promise.resolve(null);
    return this.sessions.load(hashToken(token));
  }

  /** Rechecked before each operation, so revoked sessions stop at once. */
  sessionStillValid(sessionHash: string): Promise<boolean> {
    return this.valid.load(sessionHash);
  }

  /** A connected guest is still in: the participant exists and its live session is open. */
  guestStillIn(participantId: number): Promise<boolean> {
    return this.guests.load(participantId);
  }

  private loadSessions(hashes: readonly string[]): Promise<(ResolvedSession | null)[]> {
    return resolveSessions(this.orm.em, hashes);
  }
}
