import type { Policy } from '../../core/auth/policy.js';
import { isAdmin } from '../user/index.js';

/** Cohorts decide who is in a programme; only administrators change them. */
export const canManageCohorts: Policy = (actor) => isAdmin(actor);
