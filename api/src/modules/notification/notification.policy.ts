import type { Policy } from '../../core/auth/policy.js';

/** Notifications are private: everyone reads and clears only their own (queries filter by the actor). */
export const canManageOwnNotifications: Policy = () => true;
