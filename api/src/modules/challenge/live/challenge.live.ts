import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { requireUser } from '../../../core/auth/policy.js';
import { freshForEvent } from '../../../core/loaders.js';
import { notFound } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { canReadChallenge, canSeePendingTeam } from '../challenge.policy.js';
import { challengeMessages as m } from '../challenge.messages.js';
import { Challenge } from '../challenges/challenge.entity.js';
import type { ChallengeEventKind, ChallengeEventMessage } from '../challenges/challenge.events.js';
import { Solution } from '../solutions/solution.entity.js';
import { ChallengeMember, MemberStatus } from '../team/member.entity.js';
import { Replication } from '../replications/replication.entity.js';

/** The event kinds as a GraphQL enum; `satisfies` makes a kind added to the message type fail here until it is listed. */
export const ChallengeEventKinds = {
  OPENED: 'OPENED',
  UPDATED: 'UPDATED',
  STAGE_MOVED: 'STAGE_MOVED',
  TEAM_CHANGED: 'TEAM_CHANGED',
  SOLUTION_PROPOSED: 'SOLUTION_PROPOSED',
  SOLUTION_UPDATED: 'SOLUTION_UPDATED',
  SUPPORT_CHANGED: 'SUPPORT_CHANGED',
  ENDORSED: 'ENDORSED',
  ENDORSEMENT_WITHDRAWN: 'ENDORSEMENT_WITHDRAWN',
  SOLUTION_DECIDED: 'SOLUTION_DECIDED',
  RESULT_RECORDED: 'RESULT_RECORDED',
  REPLICATED: 'REPLICATED',
  REPLICATION_UPDATED: 'REPLICATION_UPDATED',
} as const satisfies { [K in ChallengeEventKind]: K };
registerEnumType(ChallengeEventKinds, { name: 'ChallengeEventKind' });

@ObjectType({ description: 'Something changed in a challenge: its stage, team or solutions. Carries what changed, so a page updates without refetching', simpleResolvers: true })
export class ChallengeEvent {
  @Field(() => ChallengeEventKinds) kind: ChallengeEventKind;
  @Field(() => ID) challengeId: number;
  @Field(() => Challenge, { nullable: true, description: 'The challenge as it is now (stage, counts, team count); null if it is gone' }) challenge: Challenge | null;
  @Field(() => ID, { nullable: true, description: 'The solution concerned (solution, support, endorsement, decision and result events)' }) solutionId: number | null;
  @Field(() => Solution, { nullable: true, description: 'That solution as it is now (status, supportCount, endorsementCount)' }) solution: Solution | null;
  @Field(() => ID, { nullable: true, description: 'REPLICATED and REPLICATION_UPDATED: the replication concerned (its root solution is solutionId)' }) replicationId: number | null;
  @Field(() => Replication, { nullable: true, description: 'That replication as it is now (status, region)' }) replication: Replication | null;
  @Field(() => ID, { nullable: true, description: 'TEAM_CHANGED: whose place changed; null when it is a request or invitation you may not see' }) userId: number | null;
  @Field(() => ChallengeMember, { nullable: true, description: 'TEAM_CHANGED: their row as it is now, when you may see it (null once they left)' }) member: ChallengeMember | null;
}

/**
 * The stream of one challenge for a signed-in reader: an unknown challenge is refused when
 * subscribing with NOT_FOUND (signed out: UNAUTHENTICATED); each event is re-checked as it goes out.
 */
export async function challengeEventStream(ctx: Context, challengeIdRaw: string): Promise<AsyncIterableIterator<ChallengeEventMessage>> {
  const actor = requireUser(ctx);
  const challenge = await ctx.loaders.challenge.challenge.load(parseId(challengeIdRaw, 'challengeId'));
  if (!challenge || !canReadChallenge(actor, challenge)) throw notFound(m.challengeNotFound);
  return ctx.services.pubsub.subscribe('CHALLENGE_EVENT', String(challenge.id));
}

/**
 * What this subscriber may see of an event, read after commit. The team row of a TEAM_CHANGED
 * event is shown only when it is active, or to the leads, staff and the person themself: a
 * request to join or an invitation (or one withdrawn, which leaves no row) does not leak who.
 */
export async function resolveChallengeEvent(ctx: Context, message: ChallengeEventMessage): Promise<ChallengeEvent> {
  freshForEvent(ctx, message);
  const user = requireUser(ctx);
  const empty: ChallengeEvent = { kind: message.kind, challengeId: message.challengeId, challenge: null, solutionId: null, solution: null, replicationId: null, replication: null, userId: null, member: null };
  const challenge = await ctx.loaders.challenge.challenge.load(message.challengeId);
  if (!challenge || !canReadChallenge(user, challenge)) return empty;
  const solution = message.solutionId ? await ctx.loaders.solution.solution.load(message.solutionId) : null;
  const replication = message.replicationId ? await ctx.loaders.replication.replication.load(message.replicationId) : null;
  const event: ChallengeEvent = { ...empty, challenge, solutionId: solution ? solution.id : null, solution, replicationId: replication ? replication.id : null, replication };
  if (message.userId === undefined) return event;
  const rows = await ctx.loaders.challenge.members.load(challenge.id);
  const mine = rows.find((r) => r.user.id === user.id) ?? null;
  const row = rows.find((r) => r.user.id === message.userId) ?? null;
  const visible = message.userId === user.id || row?.status === MemberStatus.ACTIVE || canSeePendingTeam(user, { challenge, membership: mine });
  return visible ? { ...event, userId: message.userId, member: row } : event;
}
