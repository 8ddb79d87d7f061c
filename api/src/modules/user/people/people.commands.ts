import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { defineCommand, type Tx } from '../../../core/commands/command.js';
import { badInput, notFound } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { hashToken, newToken } from '../../../core/auth/tokens.js';
import { User } from '../accounts/user.entity.js';
import { PasswordReset } from './password-reset.entity.js';
import { endUserSessions } from '../account/account.commands.js';
import { canManagePeople } from '../user.policy.js';
import { ACCOUNT_LIMITS } from '../user.limits.js';
import { userMessages as m } from '../user.messages.js';
import type { PasswordResetLink } from './people.types.js';

/** A reset link lives a day: long enough to pass it on by phone or chat, short enough to go stale. */
export const RESET_TTL_HOURS = 24;

/** What every admin action on one person shares: who may, how often, and the person, locked. */
const onePerson = {
  actor: 'user' as const,
  validate: (id: string) => parseId(id, 'id'),
  limits: () => [{ rule: ACCOUNT_LIMITS.people }],
  gate: canManagePeople,
  async load({ em }: Pick<Tx, 'em'>, id: number) {
    // Locked: two admins acting on one person at once take turns (two reset links, one live).
    const user = await em.findOne(User, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!user) throw notFound(m.userNotFound);
    return user;
  },
  policy: canManagePeople,
};

const expireResetLinks = (em: EntityManager, userId: number) => {
  const now = new Date();
  return em.nativeUpdate(PasswordReset, { user: userId, usedAt: null, expiresAt: { $gt: now } }, { expiresAt: now });
};

export const deactivateUserCommand = defineCommand({
  name: 'user.deactivate',
  ...onePerson,
  async change(tx, user, _id, actor): Promise<User> {
    // An admin locking themself out would leave the hub without its only admin, perhaps.
    if (user.id === actor.id) throw badInput(m.notYourself);
    if (user.deactivatedAt) return user;
    user.deactivatedAt = new Date();
    await endUserSessions(tx, user.id, null);
    // A link handed out earlier (perhaps the reason for this) must not work after a reactivation.
    await expireResetLinks(tx.em, user.id);
    return user;
  },
});

export const reactivateUserCommand = defineCommand({
  name: 'user.reactivate',
  ...onePerson,
  async change(tx, user): Promise<User> {
    // Sessions ended at deactivation stay ended, even one a sign-in racing the deactivation made: the person signs in again.
    await endUserSessions(tx, user.id, null);
    user.deactivatedAt = null;
    return user;
  },
});

export const issuePasswordResetCommand = defineCommand({
  name: 'user.issuePasswordReset',
  ...onePerson,
  async change({ em }, user, _id, actor): Promise<PasswordResetLink> {
    if (user.deactivatedAt) throw badInput(m.resetDeactivated);
    const now = new Date();
    // Only the newest link works: one that went astray is dead once the admin issues another.
    await expireResetLinks(em, user.id);
    const token = newToken();
    const expiresAt = new Date(now.getTime() + RESET_TTL_HOURS * 3_600_000);
    em.create(PasswordReset, { tokenHash: hashToken(token), user, createdBy: em.getReference(User, actor.id), expiresAt });
    return { user, token, path: `/reset/${token}`, expiresAt };
  },
});
