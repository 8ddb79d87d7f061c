import { defineCommand } from '../../../core/commands/command.js';
import { badInput, conflict, notFound } from '../../../core/errors.js';
import { hashToken, newToken } from '../../../core/auth/tokens.js';
import { Invite } from './invite.entity.js';
import { Role, User } from '../accounts/user.entity.js';
import { canCreateInvite } from '../user.policy.js';
import { userMessages as m } from '../user.messages.js';
import { ACCOUNT_LIMITS } from '../user.limits.js';
import { normaliseEmail } from '../accounts/auth.commands.js';
import type { CreateInviteInput, CreateInvitePayload } from '../user.types.js';

const INVITE_TTL_DAYS = 14;

export const createInviteCommand = defineCommand({
  name: 'user.createInvite',
  actor: 'user',
  validate(input: CreateInviteInput) {
    const regionCode = input.regionCode ?? null;
    const needsRegion = input.role === Role.REGION_ADMIN || input.role === Role.MEMBER;
    if (needsRegion && !regionCode) throw badInput(m.regionRequired, {}, [{ field: 'regionCode', message: 'required' }]);
    if (!needsRegion && !input.organisation) throw badInput(m.organisationRequired, {}, [{ field: 'organisation', message: 'required' }]);
    return {
      role: input.role,
      regionCode,
      organisation: needsRegion ? undefined : input.organisation?.trim(),
      email: input.email ? normaliseEmail(input.email) : undefined,
    };
  },
  limits: () => [{ rule: ACCOUNT_LIMITS.invites }],
  policy: canCreateInvite,
  resource: (_loaded, input) => ({ role: input.role, regionCode: input.regionCode }),
  async change({ em }, _loaded, input, actor): Promise<CreateInvitePayload> {
    const token = newToken();
    const invite = em.create(Invite, {
      ...input,
      tokenHash: hashToken(token),
      createdBy: em.getReference(User, actor.id, { wrapped: true }),
      expiresAt: new Date(Date.now() + INVITE_TTL_DAYS * 86_400_000),
    });
    return { invite, token, path: `/invite/${token}` };
  },
  // The region lives in another module; its foreign key tells us when the code is unknown.
  constraints: { invite_region_code_foreign: (input) => notFound(m.regionNotFound, { code: input.regionCode ?? '' }) },
});

export const revokeInviteCommand = defineCommand({
  name: 'user.revokeInvite',
  actor: 'user',
  async load({ em }, id: string) {
    const invite = Number.isSafeInteger(Number(id)) ? await em.findOne(Invite, Number(id)) : null;
    if (!invite) throw notFound(m.inviteNotFound);
    return invite;
  },
  limits: () => [{ rule: ACCOUNT_LIMITS.invites }],
  // Whoever may issue such an invitation may revoke it.
  policy: canCreateInvite,
  resource: (invite) => ({ role: invite.role, regionCode: invite.regionCode }),
  async change(_tx, invite) {
    if (invite.acceptedAt) throw conflict(m.inviteUsed);
    invite.expiresAt = new Date();
    return invite;
  },
});
