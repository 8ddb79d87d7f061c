import { LockMode, ref, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context.js';
import { AppError, badInput, conflict, notFound } from '../../core/errors.js';
import { enforce, type RateLimitRule } from '../../core/rate-limit.js';
import { sessionCookie } from '../../core/auth/session.js';
import { dummyPasswordHash, hashPassword, hashToken, newToken, verifyPassword } from '../../core/auth/tokens.js';
import { Invite } from './invite.entity.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import type { AcceptInviteInput, AuthPayload } from './user.types.js';
import { PASSWORD_MAX } from './user.types.js';

export const SIGNIN_PER_ACCOUNT: RateLimitRule = { name: 'signin:account', limit: 10, windowSeconds: 15 * 60 };
export const SIGNIN_PER_IP: RateLimitRule = { name: 'signin:ip', limit: 50, windowSeconds: 15 * 60 };

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

async function startSession(ctx: Context, em: EntityManager, user: User): Promise<string> {
  const token = newToken();
  const ttl = ctx.services.config.sessionTtlDays * 86_400;
  em.create(Session, {
    tokenHash: hashToken(token),
    user,
    expiresAt: new Date(Date.now() + ttl * 1000),
    userAgent: ctx.userAgent?.slice(0, 300),
    ip: ctx.ip,
  });
  await em.flush();
  ctx.setCookie?.('session', sessionCookie(token, ttl, ctx.services.config.cookieSecure), { maxAgeSeconds: ttl });
  return token;
}

export async function signIn(ctx: Context, emailRaw: string, password: string): Promise<AuthPayload> {
  const email = normaliseEmail(emailRaw);
  const { rateLimiter } = ctx.services;
  await enforce(rateLimiter, SIGNIN_PER_IP, ctx.ip);
  await enforce(rateLimiter, SIGNIN_PER_ACCOUNT, email);
  const invalid = new AppError('UNAUTHENTICATED', 'Wrong e-mail or password', 'E-mail atau kata sandi salah');
  if (!email || email.length > 200 || password.length > PASSWORD_MAX) throw invalid;
  const user = await ctx.em.findOne(User, { email }, { populate: ['passwordHash'] });
  // Verify against a dummy hash for unknown accounts so response time does not reveal which e-mails exist.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !ok) throw invalid;
  await rateLimiter.reset(SIGNIN_PER_ACCOUNT, email);
  const token = await ctx.em.transactional((em) => startSession(ctx, em, user));
  ctx.user = user; // the rest of this request sees the new session (e.g. the payload's own e-mail)
  return { user, token };
}

export async function signOut(ctx: Context): Promise<boolean> {
  if (ctx.sessionHash) await ctx.em.nativeUpdate(Session, { tokenHash: ctx.sessionHash }, { revokedAt: new Date() });
  ctx.setCookie?.('session', sessionCookie('', 0, ctx.services.config.cookieSecure), { maxAgeSeconds: 0 });
  return true;
}

async function uniqueUsername(em: EntityManager, email: string): Promise<string> {
  const base = (email.split('@')[0] ?? 'user').toLowerCase().replace(/[^a-z0-9_]/g, '_').replace(/_+/g, '_').slice(0, 24) || 'user';
  const taken = new Set((await em.find(User, { username: { $like: `${base}%` } }, { fields: ['username'] })).map((u) => u.username));
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}${i}`)) return `${base}${i}`;
}

export async function acceptInvite(ctx: Context, input: AcceptInviteInput): Promise<AuthPayload> {
  const email = normaliseEmail(input.email);
  await enforce(ctx.services.rateLimiter, SIGNIN_PER_IP, ctx.ip);
  const passwordHash = await hashPassword(input.password);
  return ctx.em.transactional(async (em) => {
    const invite = await em.findOne(Invite, { tokenHash: hashToken(input.token) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!invite || invite.expiresAt < new Date()) throw notFound('Invitation (it may have expired)', 'Undangan (mungkin sudah kedaluwarsa)');
    if (invite.acceptedAt) throw conflict('This invitation has already been used', 'Undangan ini sudah digunakan');
    if (invite.email && invite.email !== email) {
      throw badInput('This invitation is for another e-mail address', 'Undangan ini untuk alamat e-mail lain', [{ field: 'email', message: 'mismatch' }]);
    }
    if (await em.count(User, { email })) throw conflict('An account with this e-mail already exists; sign in instead', 'Akun dengan e-mail ini sudah ada; silakan masuk');
    const user = em.create(User, {
      name: input.name.trim(),
      email,
      username: await uniqueUsername(em, email),
      role: invite.role,
      region: invite.region,
      organisation: invite.organisation,
      passwordHash,
    });
    invite.acceptedAt = new Date();
    invite.acceptedBy = ref(user);
    const token = await startSession(ctx, em, user);
    ctx.user = user;
    return { user, token };
  });
}
