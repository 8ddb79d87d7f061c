import type { RateLimitRule } from '../../core/rate-limit.js';

/** Per-user write limits: generous for people, tight enough to stop a runaway script. */
export const WRITE_LIMITS = {
  thread: { name: 'forum:thread', limit: 10, windowSeconds: 10 * 60 },
  post: { name: 'forum:post', limit: 30, windowSeconds: 60 },
  reaction: { name: 'forum:reaction', limit: 120, windowSeconds: 60 },
  flag: { name: 'forum:flag', limit: 10, windowSeconds: 10 * 60 },
  presence: { name: 'forum:presence', limit: 60, windowSeconds: 60 },
} satisfies Record<string, RateLimitRule>;
