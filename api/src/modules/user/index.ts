/** The user module's public surface: what other modules may use (architecture rule). */
export { userModule } from './user.module.js';
export { Role, User } from './accounts/user.entity.js';
export { Invite } from './invites/invite.entity.js';
export { USER_COLUMNS_PREFIXED, USER_ROW, prefixedUser, userFromRow, type PrefixedUserRow, type UserRow } from './accounts/user.rows.js';
export { isAdmin, isStaff, regionOf } from './user.policy.js';
export { normaliseUsername } from './accounts/user.queries.js';
export { normaliseEmail } from './accounts/auth.commands.js';
export { AdminSetupError, createAdmin, ensureAdminFromEnv } from './accounts/admin.js';
