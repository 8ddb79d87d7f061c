import { defineCommand, type Tx } from '../../../core/commands/command.js';
import { badInput, notFound } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { hashToken, newToken } from '../../../core/auth/tokens.js';
import { User } from '../accounts/user.entity.js';
import { PasswordReset } from './password-reset.entity.js';
import { endSessions, revokeUserSessions } from '../account/account.commands.js';
import { canManagePeople } from '../user.policy.js';
import { ACCOUNT_LIMITS } from '../user.limits.js';
import { userMessages as m } from '../user.messages.js';
import type { PasswordResetLink } from './people.types.js';

/** A reset link lives a day: long enough to pass it on by phone or chat, short enough to go stale. */
export const RESET_TTL_HOURS = 24;

const loadUser = async ({ em }: Pick<Tx, 'em'>, id: number) => {
  const user = await em.findOne(User, id);
  if (!user) throw notFound(m.userNotFound);
  return user;
};

export const deactivateUserCommand = defineCommand({
  name: 'user.deactivate',
  actor: 'user',
  validate: (id: string) => parseId(id, 'id'),
  limits: () => [{ rule: ACCOUNT_LIMITS.people }],
  gate: canManagePeople,
  load: loadUser,
  policy: canManagePeople,
  async change(tx, user, _id, actor): Promise<User> {
    // An admin locking themself out would leave the hub without its only admin, perhaps.
    if (user.id === actor.id) throw badInput(m.notYourself);
    if (user.deactivatedAt) return user;
    user.deactivatedAt = new Date();
    await endSessions(tx, revokeUserSessions(tx.em, user.id, null));
    return user;
  },
});

export const reactivateUserCommand = defineCommand({
  name: 'user.reactivate',
  actor: 'user',
  validate: (id: string) => parseId(id, 'id'),
  limits: () => [{ rule: ACCOUNT_LIMITS.people }],
  gate: canManagePeople,
  load: loadUser,
  policy: canManagePeople,
  async change(_tx, user): Promise<User> {
    // Sessions ended at deactivation stay ended: the person signs in again.
    user.deactivatedAt = null;
    return user;
  },
});

export const issuePasswordResetCommand = defineCommand({
  name: 'user.issuePasswordReset',
  actor: 'user',
  validate: (id: string) => parseId(id, 'id'),
  limits: () => [{ rule: ACCOUNT_LIMITS.people }],
  gate: canManagePeople,
  load: loadUser,
  policy: canManagePeople,
  async change({ em }, user, _id, actor): Promise<PasswordResetLink> {
    if (user.deactivatedAt) throw badInput(m.resetDeactivated);
    const now = new Date();
    // Only the newest link works: one that went astray is dead once the admin issues another.
    await em.nativeUpdate(PasswordReset, { user: user.id, usedAt: null, expiresAt: { $gt: now } }, { expiresAt: now });
    const token = newToken();
    const expiresAt = new Date(now.getTime() + RESET_TTL_HOURS * 3_600_000);
    em.create(PasswordReset, { tokenHash: hashToken(token), user, createdBy: em.getReference(User, actor.id), expiresAt });
    return { user, token, path: `/reset/${token}`, expiresAt };
  },
});
