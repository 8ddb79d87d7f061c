/**
 * Access that ended before its time: a session signed out everywhere, after a password change
 * or a deactivation, a guest a moderator removed, a display token replaced by a new one. Recorded by the command that ended it (so it
 * reaches every instance, after commit, even across a crash); each instance closes the
 * sockets concerned at once instead of at its next sweep.
 */
export interface Revocation {
  sessionHashes?: string[];
  guestIds?: number[];
  /** Display screens whose token was rotated. */
  displayIds?: number[];
}

export const REVOCATIONS = 'IDENTITY_REVOKED';

declare module '../events/bus.js' {
  interface Events {
    IDENTITY_REVOKED: ['all', Revocation];
  }
}
