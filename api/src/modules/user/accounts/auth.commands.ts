import { LockMode, ref, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../../core/context.js';
import { defineCommand } from '../../../core/commands/command.js';
import { AppError, badInput, conflict, notFound } from '../../../core/errors.js';
import { execute, query } from '../../../core/db/query.js';
import { FailureLimit } from '../../../core/rate-limit.js';
import { sessionCookie } from '../../../core/auth/session.js';
import { dummyPasswordHash, hashPassword, hashToken, newToken, verifyPassword } from '../../../core/auth/tokens.js';
import { Invite } from '../invites/invite.entity.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { canAcceptInvite, canSignIn, canSignOut } from '../user.policy.js';
import { userMessages as m } from '../user.messages.js';
import { lockUsernameBaseSql, usernamesLikeSql } from './user.sql.js';
import { PASSWORD_MAX, type AcceptInviteInput, type AuthPayload } from '../user.types.js';

import { ACCOUNT_LIMITS, SIGNIN_LIMITS } from '../user.limits.js';
import { REVOCATIONS } from '../../../core/auth/revocation.js';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const failureLimits = (ctx: Context) => ({
  accountAtAddress: new FailureLimit(ctx.services.rateLimiter, SIGNIN_LIMITS.accountAtAddress),
  address: new FailureLimit(ctx.services.rateLimiter, SIGNIN_LIMITS.address),
});

const wrongCredentials = () => new AppError('UNAUTHENTICATED', m.wrongCredentials);

/** A new session row for `owner` (managed by `em`); the cookie is set once the transaction has committed. */
export function startSession(ctx: Context, em: EntityManager, owner: User, user: User, afterCommit: (effect: () => void) => void): string {
  const token = newToken();
  const ttl = ctx.services.config.sessionTtlDays * 86_400;
  em.create(Session, { tokenHash: hashToken(token), user: owner, expiresAt: new Date(Date.now() + ttl * 1000), userAgent: ctx.userAgent?.slice(0, 300), ip: ctx.ip });
  afterCommit(() => {
    ctx.setCookie?.('session', sessionCookie(token, ttl, ctx.services.config.cookieSecure), { maxAgeSeconds: ttl });
    // The rest of this request sees the new session (e.g. the payload's own e-mail).
    ctx.user = user;
  });
  return token;
}

interface SignInInput {
  email: string;
  password: string;
  user?: User;
}

export const signInCommand = defineCommand({
  name: 'user.signIn',
  actor: 'anyone',
  validate: (input: SignInInput) => ({ ...input, email: normaliseEmail(input.email) }),
  limits: (_input, _actor, ctx) => [{ rule: SIGNIN_LIMITS.attempts, key: ctx.ip }],
  async prepare(input, _actor, ctx) {
    if (!input.email || input.email.length > 200 || input.password.length > PASSWORD_MAX) throw wrongCredentials();
    const { accountAtAddress, address } = failureLimits(ctx);
    const here = `${input.email}|${ctx.ip}`;
    await Promise.all([accountAtAddress.check(here), address.check(ctx.ip)]);
    const user = await ctx.em.findOne(User, { email: input.email }, { populate: ['passwordHash'] });
    // Verify against a dummy hash for unknown accounts so response time does not reveal which e-mails exist.
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
    if (!user || !ok) {
      await Promise.all([accountAtAddress.fail(here), address.fail(ctx.ip)]);
      throw wrongCredentials();
    }
    // Said only to someone who knows the password: it reveals nothing to a guesser.
    if (user.deactivatedAt) throw new AppError('FORBIDDEN', m.accountDeactivated);
    return { ...input, user };
  },
  policy: canSignIn,
  async change(tx, _loaded, input): Promise<AuthPayload> {
    const user = input.user!;
    const token = startSession(tx.ctx, tx.em, tx.em.getReference(User, user.id), user, tx.afterCommit);
    tx.afterCommit(() => failureLimits(tx.ctx).accountAtAddress.succeed(`${input.email}|${tx.ctx.ip}`));
    return { user, token };
  },
});

export const signOutCommand = defineCommand({
  name: 'user.signOut',
  actor: 'anyone',
  // Per session, not per address: a hall behind one NAT must not share one budget of sign-outs.
  limits: (_input, _actor, ctx) => [{ rule: ACCOUNT_LIMITS.signOut, key: ctx.sessionHash ?? ctx.ip }],
  policy: canSignOut,
  async change({ em, ctx, afterCommit, emit }) {
    if (ctx.sessionHash) {
      await em.nativeUpdate(Session, { tokenHash: ctx.sessionHash }, { revokedAt: new Date() });
      // Streams opened with this session end with it, on every instance.
      emit(REVOCATIONS, 'all', { sessionHashes: [ctx.sessionHash] });
    }
    afterCommit(() => ctx.setCookie?.('session', sessionCookie('', 0, ctx.services.config.cookieSecure), { maxAgeSeconds: 0 }));
    return true;
  },
});

async function uniqueUsername(em: EntityManager, email: string): Promise<string> {
  const base = (email.split('@')[0] ?? 'user').toLowerCase().replace(/[^a-z0-9_]/g, '_').replace(/_+/g, '_').slice(0, 24) || 'user';
  await execute(em, lockUsernameBaseSql(base));
  const taken = new Set((await query<{ username: string }>(em, usernamesLikeSql(base))).map((u) => u.username));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}${i}`)) return `${base}${i}`;
}

interface AcceptInput extends AcceptInviteInput {
  passwordHash?: string;
}

/** Usable: exists, not expired, not accepted, and for this e-mail (when it names one). */
function checkInvite(invite: Invite | null, email: string): Invite {
  if (!invite || invite.expiresAt < new Date()) throw notFound(m.inviteExpired);
  if (invite.acceptedAt) throw conflict(m.inviteUsed);
  if (invite.email && invite.email !== email) throw badInput(m.inviteOtherEmail, {}, [{ field: 'email', message: 'mismatch' }]);
  return invite;
}

export const acceptInviteCommand = defineCommand({
  name: 'user.acceptInvite',
  actor: 'anyone',
  validate: (input: AcceptInput) => ({ ...input, email: normaliseEmail(input.email), name: input.name.trim() }),
  limits: (_input, _actor, ctx) => [{ rule: SIGNIN_LIMITS.attempts, key: ctx.ip }],
  // The token is checked before the password is hashed: a wrong token costs no hashing.
  async prepare(input, _actor, ctx) {
    checkInvite(await ctx.em.findOne(Invite, { tokenHash: hashToken(input.token) }), input.email);
    return { ...input, passwordHash: await hashPassword(input.password) };
  },
  async load({ em }, input) {
    // Again under lock: of two people accepting one invitation at once, one wins.
    return checkInvite(await em.findOne(Invite, { tokenHash: hashToken(input.token) }, { lockMode: LockMode.PESSIMISTIC_WRITE }), input.email);
  },
  policy: canAcceptInvite,
  async change(tx, invite, input): Promise<AuthPayload> {
    const { em } = tx;
    if (await em.count(User, { email: input.email })) throw conflict(m.accountExists);
    const user = em.create(User, {
      name: input.name,
      email: input.email,
      username: await uniqueUsername(em, input.email),
      role: invite.role,
      regionCode: invite.regionCode,
      organisation: invite.organisation,
      passwordHash: input.passwordHash!,
    });
    invite.acceptedAt = new Date();
    invite.acceptedBy = ref(user);
    return { user, token: startSession(tx.ctx, em, user, user, tx.afterCommit) };
  },
  // Two first-time sign-ups with one e-mail (different invitations) at the same moment.
  constraints: { app_user_email_unique: () => conflict(m.accountExists) },
});
