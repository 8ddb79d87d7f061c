import type { RateLimitRule } from '../../core/rate-limit.js';

/** Every limit of accounts and invitations, in one place (they reach the web through the schema). */
export const USER_LIMITS = {
  passwordMin: 10,
  passwordMax: 200,
  nameMin: 2,
  nameMax: 120,
  emailMax: 200,
  organisationMax: 120,
} as const;

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
