import type { Role } from '../../gql/graphql';

/** Ministry facilitators and admins run cohorts rather than one region. */
export const isStaffRole = (role: Role): boolean => role === 'FACILITATOR' || role === 'ADMIN';
