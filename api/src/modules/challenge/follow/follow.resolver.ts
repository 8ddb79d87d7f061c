import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { runCommand } from '../../../core/commands/runner.js';
import { Challenge } from '../challenges/challenge.entity.js';
import { followChallengeCommand } from './follow.commands.js';

@Resolver(() => Challenge)
export class ChallengeFollowResolver {
  @FieldResolver(() => Int, { description: 'People following it (the team hears of it anyway)' })
  followerCount(@Root() c: Challenge, @Ctx() ctx: Context) {
    return ctx.loaders.challengeFollow.followerCount.load(c.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you follow it: followers are notified of stage changes, new and selected solutions, endorsements and replications' })
  followedByMe(@Root() c: Challenge, @Ctx() ctx: Context) {
    return ctx.loaders.challengeFollow.followedByMe.load(c.id);
  }

  @Mutation(() => Challenge, { description: 'Follows (follow: true) or unfollows a challenge' })
  followChallenge(@Arg('challengeId', () => ID) challengeId: string, @Arg('follow') follow: boolean, @Ctx() ctx: Context) {
    return runCommand(ctx, followChallengeCommand, { challengeId, follow });
  }
}
