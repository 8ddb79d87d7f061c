import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { defineCommand, type Tx } from '../../../core/commands/command.js';
import { badInput, conflict, forbidden, notFound } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { User } from '../../user/index.js';
import { canAskToJoin, canLeaveChallenge, canManageTeam, mayTakeRole, type InTeam } from '../challenge.policy.js';
import { CHALLENGE_WRITE_LIMITS } from '../challenge.limits.js';
import { challengeMessages as m } from '../challenge.messages.js';
import { loadInTeam, touch } from '../challenges/challenge.input.js';
import { isOpenToJoin } from '../stages/challenge.stages.js';
import type { Challenge } from '../challenges/challenge.entity.js';
import { ChallengeMember, ChallengeRole, MemberStatus } from './member.entity.js';
import type { DecideJoinRequestInput, InviteToChallengeInput, RequestToJoinChallengeInput } from '../challenge.types.js';
import '../challenges/challenge.events.js';

/** A change of the team is activity on the challenge, announced to its page after commit. */
function teamChanged(tx: Pick<Tx, 'emit'>, challenge: Challenge, userId: number): void {
  touch(challenge);
  tx.emit('CHALLENGE_EVENT', String(challenge.id), { kind: 'TEAM_CHANGED', challengeId: challenge.id, userId });
}

const alreadyInTeam = { challenge_member_unique: () => conflict(m.alreadyInTeam) };
const userRef = (em: EntityManager, id: number) => em.getReference(User, id, { wrapped: true });

/** Someone else's row in the team, locked: a lead deciding on it must see it as it is. */
const otherMember = (em: EntityManager, challengeId: number, userId: number) =>
  em.findOne(ChallengeMember, { challenge: challengeId, user: userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });

/** Asking to join; for someone a lead invited, this accepts the invitation. */
export const requestToJoinChallengeCommand = defineCommand({
  name: 'challenge.requestToJoin',
  actor: 'user',
  validate(input: RequestToJoinChallengeInput) {
    if (input.role === ChallengeRole.LEAD) throw badInput(m.joinAsLeadRefused, {}, [{ field: 'role', message: 'lead' }]);
    return { challengeId: parseId(input.challengeId, 'challengeId'), role: input.role };
  },
  limits: () => [{ rule: CHALLENGE_WRITE_LIMITS.join }],
  load: ({ em }, input, actor) => loadInTeam(em, input.challengeId, actor.id),
  policy: canAskToJoin,
  resource: (loaded) => loaded,
  refusal: (t: InTeam) => (t.membership && t.membership.status !== MemberStatus.INVITED ? conflict(m.alreadyInTeam) : forbidden(m.notOpenToJoin)),
  async change(tx, { challenge, membership }, input, actor) {
    const { em } = tx;
    let row = membership;
    if (row) {
      row.status = MemberStatus.ACTIVE;
      row.decidedAt = new Date();
    } else {
      if (!mayTakeRole(actor, input.role)) throw badInput(m.mentorsAreFacilitators, {}, [{ field: 'role', message: 'mentor' }]);
      row = em.create(ChallengeMember, { challenge, user: userRef(em, actor.id), role: input.role, status: MemberStatus.REQUESTED });
    }
    teamChanged(tx, challenge, actor.id);
    return row;
  },
  constraints: alreadyInTeam,
});

export const decideJoinRequestCommand = defineCommand({
  name: 'challenge.decideJoinRequest',
  actor: 'user',
  validate: (input: DecideJoinRequestInput) => ({ challengeId: parseId(input.challengeId, 'challengeId'), userId: parseId(input.userId, 'userId'), accept: input.accept }),
  limits: () => [{ rule: CHALLENGE_WRITE_LIMITS.team }],
  async load({ em }, input, actor) {
    const inTeam = await loadInTeam(em, input.challengeId, actor.id);
    return { ...inTeam, request: await otherMember(em, input.challengeId, input.userId) };
  },
  policy: canManageTeam,
  resource: (loaded) => loaded,
  refusal: () => forbidden(m.leadsOnlyTeam),
  async change(tx, { challenge, request }, input, actor) {
    const { em } = tx;
    if (request?.status !== MemberStatus.REQUESTED) throw notFound(m.noRequest);
    if (input.accept) {
      request.status = MemberStatus.ACTIVE;
      request.decidedBy = userRef(em, actor.id);
      request.decidedAt = new Date();
    } else {
      // A declined request leaves no row: the person may ask again later (rate limited).
      em.remove(request);
    }
    teamChanged(tx, challenge, input.userId);
    return input.accept ? request : null;
  },
});

/** A lead invites someone; inviting someone who asked accepts their request. */
export const inviteToChallengeCommand = defineCommand({
  name: 'challenge.invite',
  actor: 'user',
  validate: (input: InviteToChallengeInput) => ({ challengeId: parseId(input.challengeId, 'challengeId'), userId: parseId(input.userId, 'userId'), role: input.role }),
  limits: () => [{ rule: CHALLENGE_WRITE_LIMITS.team }],
  async load({ em }, input, actor) {
    const inTeam = await loadInTeam(em, input.challengeId, actor.id);
    const invitee = await em.findOne(User, input.userId);
    if (!invitee) throw notFound(m.userNotFound);
    return { ...inTeam, invitee, existing: await otherMember(em, input.challengeId, input.userId) };
  },
  policy: canManageTeam,
  resource: (loaded) => loaded,
  refusal: () => forbidden(m.leadsOnlyTeam),
  async change(tx, { challenge, invitee, existing }, input, actor) {
    const { em } = tx;
    if (!isOpenToJoin(challenge.stage)) throw forbidden(m.notOpenToJoin);
    if (!mayTakeRole(invitee, input.role)) throw badInput(m.mentorsAreFacilitators, {}, [{ field: 'role', message: 'mentor' }]);
    if (existing && existing.status !== MemberStatus.REQUESTED) throw conflict(m.alreadyInTeam);
    const row = existing ?? em.create(ChallengeMember, { challenge, user: userRef(em, invitee.id), role: input.role, status: MemberStatus.INVITED });
    row.role = input.role;
    row.decidedBy = userRef(em, actor.id);
    if (existing) {
      row.status = MemberStatus.ACTIVE;
      row.decidedAt = new Date();
    }
    teamChanged(tx, challenge, invitee.id);
    return row;
  },
  constraints: alreadyInTeam,
});

/** Leaving the team; also withdraws a request or declines an invitation. */
export const leaveChallengeCommand = defineCommand({
  name: 'challenge.leave',
  actor: 'user',
  validate: (challengeId: string) => parseId(challengeId, 'challengeId'),
  limits: () => [{ rule: CHALLENGE_WRITE_LIMITS.join }],
  // The challenge row is locked: two last leads leaving at once would otherwise both see the other stay.
  load: ({ em }, challengeId, actor) => loadInTeam(em, challengeId, actor.id, true),
  policy: canLeaveChallenge,
  resource: (loaded) => loaded,
  refusal: () => forbidden(m.notInTeam),
  async change(tx, { challenge, membership }, _input, actor) {
    const { em } = tx;
    const me = membership!;
    if (me.status === MemberStatus.ACTIVE && me.role === ChallengeRole.LEAD) {
      const leads = await em.count(ChallengeMember, { challenge: challenge.id, role: ChallengeRole.LEAD, status: MemberStatus.ACTIVE });
      if (leads <= 1) throw conflict(m.lastLead);
    }
    em.remove(me);
    teamChanged(tx, challenge, actor.id);
    return challenge;
  },
});
