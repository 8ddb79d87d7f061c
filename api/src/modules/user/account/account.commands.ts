import type { Tx } from '../../../core/commands/command.js';
import { defineCommand } from '../../../core/commands/command.js';
import { badInput, notFound } from '../../../core/errors.js';
import { query } from '../../../core/db/query.js';
import { FailureLimit } from '../../../core/rate-limit.js';
import { REVOCATIONS } from '../../../core/auth/revocation.js';
import { sessionCookie } from '../../../core/auth/session.js';
import { hashPassword, verifyPassword } from '../../../core/auth/tokens.js';
import { User } from '../accounts/user.entity.js';
import { revokeSessionByPrefixSql, revokeSessionsSql } from '../accounts/session.sql.js';
import { canManageOwnAccount } from '../user.policy.js';
import { ACCOUNT_LIMITS } from '../user.limits.js';
import { userMessages as m } from '../user.messages.js';
import type { ChangePasswordInput } from './account.types.js';

/** The sessions list names a session by this many hex characters of its hash (64 bits: unguessable, and only one's own). */
export const SESSION_ID_LENGTH = 16;

/**
 * Announces sessions ended in this transaction: after commit, the revocation event closes their
 * WebSocket streams on every instance at once instead of at the next sweep.
 */
function announceEnded(tx: Pick<Tx, 'emit'>, revoked: { token_hash: string }[]): number {
  if (revoked.length) tx.emit(REVOCATIONS, 'all', { sessionHashes: revoked.map((r) => r.token_hash) });
  return revoked.length;
}

/** Ends a person's open sessions (all, or all but `keep`); returns how many ended. */
export async function endUserSessions(tx: Pick<Tx, 'em' | 'emit'>, userId: number, keep: string | null): Promise<number> {
  return announceEnded(tx, await query<{ token_hash: string }>(tx.em, revokeSessionsSql(userId, keep)));
}

const clearCookie = (tx: Tx) => tx.afterCommit(() => tx.ctx.setCookie?.('session', sessionCookie('', 0, tx.ctx.services.config.cookieSecure), { maxAgeSeconds: 0 }));

interface ChangeInput extends ChangePasswordInput {
  newHash?: string;
}

export const changePasswordCommand = defineCommand({
  name: 'user.changePassword',
  actor: 'user',
  validate(input: ChangeInput) {
    if (input.currentPassword === input.newPassword) throw badInput(m.samePassword, {}, [{ field: 'newPassword', message: 'same' }]);
    return input;
  },
  limits: () => [{ rule: ACCOUNT_LIMITS.passwordChange }],
  // Verifying and hashing are slow on purpose; they run before the transaction, not inside it.
  async prepare(input, actor, ctx) {
    const failures = new FailureLimit(ctx.services.rateLimiter, ACCOUNT_LIMITS.wrongCurrentPassword);
    const key = `user:${actor.id}`;
    await failures.check(key);
    const user = await ctx.em.findOneOrFail(User, actor.id, { populate: ['passwordHash'] });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      await failures.fail(key);
      throw badInput(m.wrongCurrentPassword, {}, [{ field: 'currentPassword', message: 'wrong' }]);
    }
    await failures.succeed(key);
    return { ...input, newHash: await hashPassword(input.newPassword) };
  },
  policy: canManageOwnAccount,
  async change(tx, _loaded, input, actor): Promise<number> {
    await tx.em.nativeUpdate(User, { id: actor.id }, { passwordHash: input.newHash! });
    // Whoever knew the old password may be signed in elsewhere: only this session survives.
    return endUserSessions(tx, actor.id, tx.ctx.sessionHash);
  },
});

export const endSessionCommand = defineCommand({
  name: 'user.endSession',
  actor: 'user',
  validate(id: string) {
    const prefix = id.trim().toLowerCase();
    if (!new RegExp(`^[0-9a-f]{${SESSION_ID_LENGTH}}$`).test(prefix)) throw badInput(m.sessionNotFound, {}, [{ field: 'id', message: 'format' }]);
    return prefix;
  },
  limits: () => [{ rule: ACCOUNT_LIMITS.sessionEnd }],
  policy: canManageOwnAccount,
  async change(tx, _loaded, prefix, actor): Promise<boolean> {
    const revoked = await query<{ token_hash: string }>(tx.em, revokeSessionByPrefixSql(actor.id, prefix));
    if (!revoked.length) throw notFound(m.sessionNotFound);
    announceEnded(tx, revoked);
    if (revoked.some((r) => r.token_hash === tx.ctx.sessionHash)) clearCookie(tx);
    return true;
  },
});

export const signOutEverywhereCommand = defineCommand({
  name: 'user.signOutEverywhere',
  actor: 'user',
  limits: () => [{ rule: ACCOUNT_LIMITS.signOut }],
  policy: canManageOwnAccount,
  async change(tx, _loaded, _input: void, actor): Promise<number> {
    const ended = await endUserSessions(tx, actor.id, null);
    clearCookie(tx);
    return ended;
  },
});
