import { LockMode } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { defineCommand } from '../../../core/commands/command.js';
import { AppError, notFound } from '../../../core/errors.js';
import { enforce, FailureLimit } from '../../../core/rate-limit.js';
import { hashPassword, hashToken } from '../../../core/auth/tokens.js';
import { startSession } from '../accounts/auth.commands.js';
import { PasswordReset } from './password-reset.entity.js';
import { endUserSessions } from '../account/account.commands.js';
import { canUseResetLink } from '../user.policy.js';
import { ACCOUNT_LIMITS } from '../user.limits.js';
import { userMessages as m } from '../user.messages.js';
import type { AuthPayload } from '../user.types.js';
import type { PasswordResetPreview, ResetPasswordInput } from './people.types.js';

/** Usable: exists, not used, not expired. */
function checkReset(reset: PasswordReset | null): PasswordReset {
  if (!reset || reset.usedAt || reset.expiresAt <= new Date()) throw notFound(m.resetGone);
  return reset;
}

/** Misses only are counted (as for join codes): people using their link are never slowed down. */
async function findUsable(ctx: Context, token: string): Promise<PasswordReset> {
  const misses = new FailureLimit(ctx.services.rateLimiter, ACCOUNT_LIMITS.resetMisses);
  await misses.check(ctx.ip);
  try {
    return checkReset(await findReset(ctx, token));
  } catch (err) {
    await misses.fail(ctx.ip);
    throw err;
  }
}

const findReset = (ctx: Pick<Context, 'em'>, token: string, lock = false) =>
  token.length <= 200 ? ctx.em.findOne(PasswordReset, { tokenHash: hashToken(token) }, { populate: ['user', 'createdBy'], ...(lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) }) : Promise.resolve(null);

/** What the reset page shows; the token is a secret, so lookups are limited per address like guesses. */
export async function previewReset(ctx: Context, token: string): Promise<PasswordResetPreview> {
  await enforce(ctx.services.rateLimiter, ACCOUNT_LIMITS.resetAttempts, ctx.ip);
  const reset = await findUsable(ctx, token);
  const user = reset.user.getEntity();
  return { name: user.name, username: user.username, expiresAt: reset.expiresAt, issuedBy: reset.createdBy.getEntity().name };
}

interface ResetInput extends ResetPasswordInput {
  newHash?: string;
}

export const resetPasswordCommand = defineCommand({
  name: 'user.resetPassword',
  actor: 'anyone',
  limits: (_input: ResetInput, _actor, ctx) => [{ rule: ACCOUNT_LIMITS.resetAttempts, key: ctx.ip }],
  // A wrong token costs no hashing.
  async prepare(input, _actor, ctx) {
    await findUsable(ctx, input.token);
    return { ...input, newHash: await hashPassword(input.newPassword) };
  },
  // Again under lock: a link opened twice at once works once.
  load: ({ em }, input) => findReset({ em }, input.token, true).then(checkReset),
  policy: canUseResetLink,
  async change(tx, reset, input): Promise<AuthPayload> {
    const user = reset.user.getEntity();
    if (user.deactivatedAt) throw new AppError('FORBIDDEN', m.accountDeactivated);
    reset.usedAt = new Date();
    user.passwordHash = input.newHash!;
    // Whoever had the old password is signed out everywhere; the person starts afresh here.
    await endUserSessions(tx, user.id, null);
    return { user, token: startSession(tx.ctx, tx.em, user, user, tx.afterCommit) };
  },
});
