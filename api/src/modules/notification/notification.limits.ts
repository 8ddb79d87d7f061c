import type { RateLimitRule } from '../../core/rate-limit.js';

/** Per-user write limits: opening the bell or a notified page marks some read, so they come often. */
export const NOTIFICATION_LIMITS = {
  markRead: { name: 'notification:mark-read', limit: 240, windowSeconds: 60 },
} satisfies Record<string, RateLimitRule>;
