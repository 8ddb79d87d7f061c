import type { RateLimitRule } from '../../core/rate-limit.js';

/** Every limit of meetings and live sessions, in one place (the input ones reach the web through the schema). */
export const MEETING_LIMITS = {
  meetingTitleMin: 3,
  titleMax: 200,
  descriptionMax: 5000,
  organiserMin: 2,
  organiserMax: 120,
  agendaItemsMax: 50,
  agendaTitleMax: 200,
  sessionTitleMin: 2,
  codeMin: 4,
  codeMax: 12,
  /** Generated join codes: 32^8 (about 10^12) codes, against at most 100 wrong guesses a day per address. */
  generatedCodeLength: 8,
  pollTitleMin: 2,
  pollTitleMax: 300,
  questionMax: 500,
  answerMax: 2000,
  guestNameMin: 2,
  guestNameMax: 60,
  pollOptionsMax: 20,
  pollOptionMax: 120,
  wordsMax: 40,
  /** A session's blocked-words list (word-cloud filter): entries, and characters per entry. */
  blockedWordsMax: 200,
  blockedWordMax: 40,
  /** Unanswered questions turned into forum threads at once. */
  convertMax: 200,
} as const;

export const LIVE_LIMITS = {
  question: { name: 'live:question', limit: 5, windowSeconds: 60 },
  vote: { name: 'live:vote', limit: 120, windowSeconds: 60 },
  /** Looking up sessions by code without joining: enough for people, too few to enumerate codes. */
  preview: { name: 'live:preview', limit: 30, windowSeconds: 60 },
  /** Running a meeting (creating, opening, moderating): per facilitator. */
  moderation: { name: 'live:moderation', limit: 240, windowSeconds: 60 },
  join: { name: 'live:join', limit: 120, windowSeconds: 60 },
  /**
   * New guests from one address. A hall of hundreds on one venue network shares an address, so
   * these are high; the session's cap (LIVE_GUESTS_PER_SESSION), the moderators' view of fresh
   * guests' votes and their removal do the rest.
   */
  guestsPerAddress: { name: 'live:guest:ip', limit: 1000, windowSeconds: 3600 },
  guestsPerAddressInSession: { name: 'live:guest:ip-session', limit: 500, windowSeconds: 3600 },
  /** Hall-screen links made or replaced: per facilitator. */
  displayLink: { name: 'live:display-link', limit: 30, windowSeconds: 600 },
  /** Wrong display tokens from one address (HTTP and WebSocket together); a full window refuses lookups. */
  displayMiss: { name: 'live:display-miss', limit: 20, windowSeconds: 600 },
} satisfies Record<string, RateLimitRule>;

/**
 * Wrong join codes from one address, counted together over every lookup by code (preview,
 * join, the session query); only misses count, and a full window refuses lookups.
 */
export const CODE_MISS_LIMITS: readonly RateLimitRule[] = [
  { name: 'live:code-miss:10m', limit: 20, windowSeconds: 600 },
  { name: 'live:code-miss:1d', limit: 100, windowSeconds: 24 * 3600 },
];
