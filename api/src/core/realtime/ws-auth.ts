import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hashToken } from '../auth/tokens.js';
import type { AuthenticatedSession, IdentityProviders } from '../auth/identity.js';

/**
 * Session lookups for WebSocket connects and per-operation rechecks, batched across sockets:
 * a hall of thousands connecting and subscribing at once costs one query per batch instead of
 * one per socket. Nothing is cached; every check reads the database.
 */
export class WsAuth {
  private readonly sessions: DataLoader<string, AuthenticatedSession | null>;
  private readonly valid: DataLoader<string, boolean>;
  private readonly guests: DataLoader<number, boolean>;
  private readonly displays: DataLoader<number, boolean>;

  constructor(root: EntityManager, identity: IdentityProviders) {
    const options = { cache: false, maxBatchSize: 500, batchScheduleFn: (run: () => void) => setImmediate(run) };
    const { sessions, guests, displays } = identity;
    this.sessions = new DataLoader((hashes) => (sessions ? sessions.resolve(root, hashes) : Promise.resolve(hashes.map(() => null))), options);
    this.valid = new DataLoader((hashes) => (sessions ? sessions.stillValid(root, hashes) : Promise.resolve(hashes.map(() => false))), options);
    this.guests = new DataLoader((ids) => (guests ? guests.stillIn(root, ids) : Promise.resolve(ids.map(() => false))), options);
    this.displays = new DataLoader((ids) => (displays ? displays.stillValid(root, ids) : Promise.resolve(ids.map(() => false))), options);
  }

  /** The signed-in user behind a session token, or null (unknown, revoked, expired). */
  session(token: string | null): Promise<AuthenticatedSession | null> {
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

  /** A connected display's token has not been rotated and its scope has not ended. */
  displayStillValid(displayId: number): Promise<boolean> {
    return this.displays.load(displayId);
  }
}
