import type { Ref } from '@mikro-orm/core';
import { readView } from '../../core/db/read-view.js';
import { asDate } from '../../core/graphql/date-scalar.js';
import type { Region } from '../region/region.entity.js';
import { User, type Role } from './user.entity.js';

/** The columns a read of users selects (`u` is app_user), in the shape `userFromRow` expects. */
export const USER_COLUMNS = 'u.id, u.name, u.email, u.username, u.role, u.region_code, u.organisation, u.is_demo, u.created_at';

/** The same columns named `u_<column>`, for joins that carry a user beside another row (see `prefixedUser`). */
export const USER_COLUMNS_PREFIXED = USER_COLUMNS.split(', ').map((c) => `${c} as u_${c.slice(2)}`).join(', ');

export interface UserRow {
  id: number;
  name: string;
  email: string;
  username: string;
  role: Role;
  region_code: string | null;
  organisation: string | null;
  is_demo: boolean;
  created_at: Date | string;
}

const userView = readView(User, ['id', 'name', 'email', 'username', 'role', 'region', 'organisation', 'isDemo', 'createdAt']);

/**
 * A read-only User from a SQL row (authors on a page, the signed-in user of a request): its
 * region carries only the code, which is all resolvers and policies read. Code that writes
 * refers to users with `em.getReference(User, id)`, never with these objects.
 */
export function userFromRow(r: UserRow): User {
  return userView({
    id: r.id,
    name: r.name,
    email: r.email,
    username: r.username,
    role: r.role,
    region: r.region_code ? ({ code: r.region_code } as Ref<Region>) : undefined,
    organisation: r.organisation ?? undefined,
    isDemo: r.is_demo,
    createdAt: asDate(r.created_at),
  });
}

type Prefixed<T> = { [K in keyof T as `u_${K & string}`]: T[K] };
export type PrefixedUserRow = Prefixed<UserRow>;

/** The user carried in a joined row's `u_*` columns. */
export function prefixedUser(r: PrefixedUserRow): User {
  return userFromRow({
    id: r.u_id,
    name: r.u_name,
    email: r.u_email,
    username: r.u_username,
    role: r.u_role,
    region_code: r.u_region_code,
    organisation: r.u_organisation,
    is_demo: r.u_is_demo,
    created_at: r.u_created_at,
  });
}
