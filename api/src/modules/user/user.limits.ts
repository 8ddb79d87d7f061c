import type { RateLimitRule } from '../../core/rate-limit.js';

/** Every limit of accounts and invitations, in one place (they reach the web through the schema). */
export const USER_LIMITS = {
  passwordMin: 10,
  passwordMax: 200,
  nameMin: 2,
  nameMax: 120,
  emailMax: 200,
  organisationMax: 120,
  /** How many people the admin's people list shows at once (it is searched, not paged). */
  peopleMax: 100,
  searchMax: 100,
} as const;

/** Writes on accounts: generous for people, tight for anyone cycling through tokens. */
export const ACCOUNT_LIMITS = {
  /** Wrong current passwords when changing it, per person: the same growing windows as sign-in. */
  wrongCurrentPassword: [
    { name: 'password:fail:15m', limit: 5, windowSeconds: 15 * 60 },
    { name: 'password:fail:1d', limit: 20, windowSeconds: 24 * 3600 },
  ],
  passwordChange: { name: 'password:change', limit: 10, windowSeconds: 3600 },
  sessionEnd: { name: 'session:end', limit: 60, windowSeconds: 60 },
  signOut: { name: 'signout', limit: 60, windowSeconds: 60 },
  /** Deactivations, reactivations and reset links, per admin. */
  people: { name: 'people:admin', limit: 60, windowSeconds: 60 },
  /** Reset links looked up or used, per address: generous, for a hall behind one NAT. */
  resetAttempts: { name: 'reset:ip', limit: 300, windowSeconds: 15 * 60 },
  /** Unknown or spent reset tokens, per address: the token is a secret, so misses are guesses. */
  resetMisses: [{ name: 'reset:miss:ip', limit: 20, windowSeconds: 15 * 60 }],
  invites: { name: 'invite:write', limit: 60, windowSeconds: 3600 },
} as const satisfies Record<string, RateLimitRule | readonly RateLimitRule[]>;

/**
 * Sign-in, after the usual scheme (OWASP's, rate-limiter-flexible's login example): wrong
 * passwords are counted per account and address, in windows that grow (5 a minute, 10 in a
 * quarter hour, 20 a day), so a guesser waits longer and longer while the owner, from any
 * other address, is never locked out. An address also has a ceiling of wrong passwords over
 * all accounts, and a ceiling of attempts of any kind high enough for a hall behind one NAT.
 */
export const SIGNIN_LIMITS = {
  accountAtAddress: [
    { name: 'signin:fail:1m', limit: 5, windowSeconds: 60 },
    { name: 'signin:fail:15m', limit: 10, windowSeconds: 15 * 60 },
    { name: 'signin:fail:1d', limit: 20, windowSeconds: 24 * 3600 },
  ],
  address: [{ name: 'signin:fail:ip', limit: 100, windowSeconds: 15 * 60 }],
  attempts: { name: 'signin:ip', limit: 300, windowSeconds: 60 },
} as const satisfies Record<string, RateLimitRule | readonly RateLimitRule[]>;
