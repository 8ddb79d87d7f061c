import type { Context } from '../../core/context.js';
import { badInput, conflict, notFound } from '../../core/errors.js';
import { authorize, isStaff, regionOf, requireUser } from '../../core/auth/policy.js';
import { hashToken, newToken } from '../../core/auth/tokens.js';
import { Region } from '../region/region.entity.js';
import { Invite } from './invite.entity.js';
import { Role, User } from './user.entity.js';
import { canCreateInvite, canListInvites } from './user.policy.js';
import type { CreateInviteInput, CreateInvitePayload } from './user.types.js';
import { normaliseEmail } from './auth.service.js';

const INVITE_TTL_DAYS = 14;

export async function createInvite(ctx: Context, input: CreateInviteInput): Promise<CreateInvitePayload> {
  const regionCode = input.regionCode ?? null;
  const actor = authorize(ctx, canCreateInvite, { role: input.role, regionCode });
  const needsRegion = input.role === Role.REGION_ADMIN || input.role === Role.MEMBER;
  if (needsRegion && !regionCode) {
    throw badInput('A region is required for region admins and members', 'Wilayah wajib diisi untuk admin wilayah dan anggota', [{ field: 'regionCode', message: 'required' }]);
  }
  if (!needsRegion && !input.organisation) {
    throw badInput('An organisation is required for facilitators and admins', 'Organisasi wajib diisi untuk fasilitator dan admin', [{ field: 'organisation', message: 'required' }]);
  }
  if (regionCode && !(await ctx.em.count(Region, { code: regionCode }))) throw notFound(`Region ${regionCode}`, `Wilayah ${regionCode}`);
  const token = newToken();
  const invite = await ctx.em.transactional(async (em) => {
    const created = em.create(Invite, {
      tokenHash: hashToken(token),
      role: input.role,
      region: regionCode ? em.getReference(Region, regionCode, { wrapped: true }) : undefined,
      organisation: needsRegion ? undefined : input.organisation?.trim(),
      email: input.email ? normaliseEmail(input.email) : undefined,
      createdBy: em.getReference(User, actor.id, { wrapped: true }),
      expiresAt: new Date(Date.now() + INVITE_TTL_DAYS * 86_400_000),
    });
    await em.flush();
    return created;
  });
  return { invite, token, path: `/invite/${token}` };
}

/** Open (not accepted, not expired) invites the actor may see: all for staff, own region for region admins. */
export async function listInvites(ctx: Context): Promise<Invite[]> {
  const actor = authorize(ctx, canListInvites, undefined);
  const scope = isStaff(actor) ? {} : { region: regionOf(actor) };
  return ctx.em.find(Invite, { ...scope, acceptedAt: null, expiresAt: { $gt: new Date() } }, { orderBy: { createdAt: 'desc' }, limit: 200 });
}

/** What the accept page shows before the person signs up; the token itself is the secret. */
export async function previewInvite(ctx: Context, token: string): Promise<Invite> {
  const invite = token.length <= 200 ? await ctx.em.findOne(Invite, { tokenHash: hashToken(token) }) : null;
  if (!invite || invite.acceptedAt || invite.expiresAt < new Date()) throw notFound('Invitation (it may have been used or expired)', 'Undangan (mungkin sudah digunakan atau kedaluwarsa)');
  return invite;
}

/** Ends an open invitation early; whoever may issue such an invitation may revoke it. */
export async function revokeInvite(ctx: Context, id: string): Promise<Invite> {
  requireUser(ctx);
  return ctx.em.transactional(async (em) => {
    const invite = Number.isSafeInteger(Number(id)) ? await em.findOne(Invite, Number(id)) : null;
    if (!invite) throw notFound('Invitation', 'Undangan');
    authorize(ctx, canCreateInvite, { role: invite.role, regionCode: invite.region?.code ?? null });
    if (invite.acceptedAt) throw conflict('This invitation has already been used', 'Undangan ini sudah digunakan');
    invite.expiresAt = new Date();
    return invite;
  });
}
