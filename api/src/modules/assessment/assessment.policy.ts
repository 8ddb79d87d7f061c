import { type Policy } from '../../core/auth/policy.js';
import type { ContextUser } from '../../core/context.js';
import { isStaff, regionOf } from '../user/index.js';
import { Role } from '../user/index.js';

/** Facilitators and admins record for any region; a region admin only for its own region. */
export const canRecordAssessment: Policy<string> = (actor, regionCode) =>
  isStaff(actor) || (actor.role === Role.REGION_ADMIN && regionOf(actor) === regionCode);

/** Importing is for those who may record for at least one region; each row is then checked with canRecordAssessment. */
export const canImportAssessments: Policy = (actor) => isStaff(actor) || (actor.role === Role.REGION_ADMIN && regionOf(actor) !== null);

/**
 * Drafts (no index yet) are work in progress that the region has not stood behind: only its own
 * people and staff see them; everyone else sees complete assessments only.
 */
export const canSeeDrafts = (viewer: ContextUser | null, regionCode: string): boolean => viewer !== null && (isStaff(viewer) || regionOf(viewer) === regionCode);
