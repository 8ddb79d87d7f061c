import type { Context } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { requireUser } from '../../core/auth/policy.js';
import { User } from './user.entity.js';

/** Usernames are stored lower-case; people type them with an @ and in any case. */
export const normaliseUsername = (raw: string): string => raw.trim().replace(/^@/, '').toLowerCase();

/** A member's public profile (mention links lead here); for signed-in members only. */
export async function findUserByUsername(ctx: Context, raw: string): Promise<User> {
  requireUser(ctx);
  const username = normaliseUsername(raw);
  const user = username.length <= 40 ? await ctx.em.findOne(User, { username }) : null;
  if (!user) throw notFound(`Member @${username}`, `Anggota @${username}`);
  return user;
}
