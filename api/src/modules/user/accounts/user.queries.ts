import type { Context } from '../../../core/context.js';
import { notFound } from '../../../core/errors.js';
import { authorize } from '../../../core/auth/policy.js';
import { hashToken } from '../../../core/auth/tokens.js';
import { Invite } from '../invites/invite.entity.js';
import { User } from './user.entity.js';
import { canListInvites, canReadProfiles, isStaff, regionOf } from '../user.policy.js';
import { userMessages as m } from '../user.messages.js';

/** Usernames are stored lower-case; people type them with an @ and in any case. */
export const normaliseUsername = (raw: string): string => raw.trim().replace(/^@/, '').toLowerCase();

/** A member's public profile (mention links lead here); for signed-in members only. */
export async function findUserByUsername(ctx: Context, raw: string): Promise<User> {
  authorize(ctx, canReadProfiles, undefined);
  const username = normaliseUsername(raw);
  const user = username.length <= 40 ? await ctx.em.findOne(User, { username }) : null;
  if (!user) throw notFound(m.memberNotFound, { username });
  return user;
}

/** Open (not accepted, not expired) invites the actor may see: all for staff, own region for region admins. */
export async function listInvites(ctx: Context): Promise<Invite[]> {
  const actor = authorize(ctx, canListInvites, undefined);
  const scope = isStaff(actor) ? {} : { regionCode: regionOf(actor) };
  return ctx.em.find(Invite, { ...scope, acceptedAt: null, expiresAt: { $gt: new Date() } }, { orderBy: { createdAt: 'desc' }, limit: 200 });
}

/** What the accept page shows before the person signs up; the token itself is the secret. */
export async function previewInvite(ctx: Context, token: string): Promise<Invite> {
  const invite = token.length <= 200 ? await ctx.em.findOne(Invite, { tokenHash: hashToken(token) }) : null;
  if (!invite || invite.acceptedAt || invite.expiresAt < new Date()) throw notFound(m.inviteGone);
  return invite;
}
