import { isStaff, type Policy } from '../../core/auth/policy.js';

/** Facilitators and admins run meetings: create them, open sessions, moderate, run polls. */
export const canRunMeetings: Policy = (actor) => isStaff(actor);
