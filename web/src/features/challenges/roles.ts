import { isStaff, type Actor } from '../../lib/roles';

/** Mirrors the API's canOpenChallenge: region admins for their own region, staff for any. */
export const canOpenChallenge = (actor: Actor | null | undefined): boolean => isStaff(actor) || (actor?.role === 'REGION_ADMIN' && !!actor.region);

export { isStaff };

/** Endorsing speaks for a region: its region admin, for their own region. */
export const canEndorse = (actor: Actor | null | undefined): boolean => actor?.role === 'REGION_ADMIN' && !!actor.region;

/** "Tiru solusi ini": a region admin of a region that is not the solution's own. */
export const canReplicate = (actor: Actor | null | undefined, solutionRegion: string | undefined): boolean =>
  actor?.role === 'REGION_ADMIN' && !!actor.region && actor.region.code !== solutionRegion;
