import { viewerKey, type Audience } from '../../../core/realtime/fanout.js';
import type { Context } from '../../../core/context.js';
import { freshForEvent } from '../../../core/loaders.js';
import { isStaff } from '../../user/index.js';
import type { ChallengeEventMessage } from '../challenges/challenge.events.js';
import { ChallengeRole, MemberStatus } from '../team/member.entity.js';

/**
 * Most of a challenge event looks the same to every signed-in member; only a team change
 * differs (a pending row is shown to the leads, staff and the person concerned). So staff share
 * one result, the leads and the person of a team change get their own, everyone else shares one.
 */
export const challengeEventsAudience: Audience<Set<number>> = {
  async prepare(ctx: Context, event: object): Promise<Set<number>> {
    const e = event as ChallengeEventMessage;
    freshForEvent(ctx, e);
    if (e.userId === undefined) return new Set();
    const rows = await ctx.loaders.challenge.members.load(e.challengeId);
    const leads = rows.filter((r) => r.role === ChallengeRole.LEAD && r.status === MemberStatus.ACTIVE).map((r) => r.user.id);
    return new Set([...leads, e.userId]);
  },
  key(ctx, _event, perViewer, own) {
    const user = ctx.user;
    if (!user) return 'anonymous';
    if (perViewer) return viewerKey(ctx);
    if (isStaff(user)) return 'staff';
    return own.has(user.id) ? viewerKey(ctx) : 'member';
  },
};
