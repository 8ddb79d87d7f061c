import { date, rowShape, type PrefixedRowOf, type RowOf } from '../../../core/db/row-shape.js';
import { User } from './user.entity.js';

/**
 * A user as plain SQL reads it (authors on a page, the signed-in user of a request), alias `u`.
 * Code that writes refers to users with `em.getReference(User, id)`, never with these views.
 */
export const USER_ROW = rowShape(
  User,
  'u',
  { id: 'id', name: 'name', email: 'email', username: 'username', role: 'role', region_code: 'regionCode', organisation: 'organisation', is_demo: 'isDemo', created_at: date('createdAt') },
  // A deactivated user never reaches a request (their sessions do not resolve), so reads need not carry it.
  { omit: ['passwordHash', 'deactivatedAt'] },
);

export type UserRow = RowOf<typeof USER_ROW>;
/** A joined row that carries a user in `u_*` columns. */
export type PrefixedUserRow = PrefixedRowOf<typeof USER_ROW, 'u_'>;

export const USER_COLUMNS_PREFIXED = USER_ROW.prefixed('u_');
export const userFromRow = (r: UserRow): User => USER_ROW.view(r);
export const prefixedUser = (r: PrefixedUserRow): User => USER_ROW.fromPrefixed(r, 'u_');
