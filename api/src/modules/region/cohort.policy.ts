import { isAdmin, type Policy } from '../../core/auth/policy.js';

/** Cohorts decide who is in a programme; only administrators change them. */
export const canManageCohorts: Policy = (actor) => isAdmin(actor);
