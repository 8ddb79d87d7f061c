import type { ModuleManifest } from '../../core/module.js';
import { USER_LIMITS } from './user.limits.js';
import { Invite } from './invites/invite.entity.js';
import { Session } from './accounts/session.entity.js';
import { User } from './accounts/user.entity.js';
import { PasswordReset } from './people/password-reset.entity.js';
import { InviteResolver, UserResolver } from './accounts/user.resolver.js';
import { userSessions } from './accounts/user.identity.js';
import { usersLoaderFactory } from './accounts/user.loaders.js';
import * as policies from './user.policy.js';
import { userMessages } from './user.messages.js';
import { AccountResolver } from './account/account.resolver.js';
import { PeopleResolver } from './people/people.resolver.js';
import { userMigrations } from './migrations/index.js';

/** Accounts, sessions and invitations: who people are. Every other module may depend on it. */
export const userModule: ModuleManifest = {
  name: 'user',
  limits: USER_LIMITS,
  entities: [User, Session, Invite, PasswordReset],
  resolvers: [UserResolver, InviteResolver, AccountResolver, PeopleResolver],
  migrations: userMigrations,
  loaders: { users: usersLoaderFactory },
  identity: { sessions: userSessions },
  policies: { canCreateInvite: policies.canCreateInvite, canListInvites: policies.canListInvites, canReadProfiles: policies.canReadProfiles, canSignIn: policies.canSignIn, canSignOut: policies.canSignOut, canAcceptInvite: policies.canAcceptInvite, canManagePeople: policies.canManagePeople, canManageOwnAccount: policies.canManageOwnAccount, canUseResetLink: policies.canUseResetLink },
  messages: userMessages,
};
