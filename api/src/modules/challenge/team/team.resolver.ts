import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { runCommand } from '../../../core/commands/runner.js';
import { User } from '../../user/index.js';
import { Challenge } from '../challenges/challenge.entity.js';
import { DecideJoinRequestInput, InviteToChallengeInput, RequestToJoinChallengeInput } from '../challenge.types.js';
import { ChallengeMember } from './member.entity.js';
import { decideJoinRequestCommand, inviteToChallengeCommand, leaveChallengeCommand, requestToJoinChallengeCommand } from './team.commands.js';

@Resolver(() => ChallengeMember)
export class ChallengeTeamResolver {
  @FieldResolver(() => User, { nullable: true })
  user(@Root() m: ChallengeMember, @Ctx() ctx: Context) {
    return ctx.loaders.users.load(m.user.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The lead who accepted the request or sent the invitation' })
  decidedBy(@Root() m: ChallengeMember, @Ctx() ctx: Context) {
    return m.decidedBy ? ctx.loaders.users.load(m.decidedBy.id) : null;
  }

  @Mutation(() => ChallengeMember, { description: 'Asks to join a challenge team; for someone invited, accepts the invitation' })
  requestToJoinChallenge(@Arg('input') input: RequestToJoinChallengeInput, @Ctx() ctx: Context) {
    return runCommand(ctx, requestToJoinChallengeCommand, input);
  }

  @Mutation(() => ChallengeMember, { nullable: true, description: 'A lead accepts (the member) or declines (null) a request to join' })
  decideJoinRequest(@Arg('input') input: DecideJoinRequestInput, @Ctx() ctx: Context) {
    return runCommand(ctx, decideJoinRequestCommand, input);
  }

  @Mutation(() => ChallengeMember, { description: 'A lead invites someone; inviting someone who asked accepts them' })
  inviteToChallenge(@Arg('input') input: InviteToChallengeInput, @Ctx() ctx: Context) {
    return runCommand(ctx, inviteToChallengeCommand, input);
  }

  @Mutation(() => Challenge, { description: 'Leaves the team (or withdraws a request, declines an invitation); the last lead cannot' })
  leaveChallenge(@Arg('challengeId', () => ID) challengeId: string, @Ctx() ctx: Context) {
    return runCommand(ctx, leaveChallengeCommand, challengeId);
  }
}
