import type { RateLimitRule } from '../../core/rate-limit.js';

/**
 * Every limit of the forum, in one place. The input limits reach the web app through the
 * schema (the `limits` query and the constants generated from it), never as copies.
 */
export const FORUM_LIMITS = {
  titleMin: 5,
  titleMax: 200,
  bodyMax: 20_000,
  reasonMin: 3,
  reasonMax: 500,
  indicatorsPerThread: 10,
  regionsPerThread: 20,
  tagsPerThread: 5,
  tagMax: 30,
} as const;

/** Per-user write limits: generous for people, tight enough to stop a runaway script. */
export const WRITE_LIMITS = {
  thread: { name: 'forum:thread', limit: 10, windowSeconds: 10 * 60 },
  post: { name: 'forum:post', limit: 30, windowSeconds: 60 },
  reaction: { name: 'forum:reaction', limit: 120, windowSeconds: 60 },
  flag: { name: 'forum:flag', limit: 10, windowSeconds: 10 * 60 },
  presence: { name: 'forum:presence', limit: 60, windowSeconds: 60 },
  /** Following, muting and read markers: every open thread sends some. */
  readState: { name: 'forum:read-state', limit: 240, windowSeconds: 60 },
  moderation: { name: 'forum:moderation', limit: 120, windowSeconds: 60 },
  /** Admins arranging categories: a handful at a time. */
  category: { name: 'forum:category', limit: 30, windowSeconds: 60 },
} satisfies Record<string, RateLimitRule>;
