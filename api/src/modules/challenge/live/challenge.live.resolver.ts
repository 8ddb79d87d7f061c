import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import type { ChallengeEventMessage } from '../challenges/challenge.events.js';
import { ChallengeEvent, challengeEventStream, resolveChallengeEvent } from './challenge.live.js';

@Resolver()
export class ChallengeLiveResolver {
  @Subscription(() => ChallengeEvent, {
    description: 'Live changes of one challenge after they commit: stage moves, team changes, new and edited solutions, supports, endorsements, decisions, results and replications',
    subscribe: ({ args, context }) => challengeEventStream(context as Context, String((args as { challengeId: string }).challengeId)),
  })
  challengeEvents(@Root() message: ChallengeEventMessage, @Arg('challengeId', () => ID) _challengeId: string, @Ctx() ctx: Context): Promise<ChallengeEvent> {
    return resolveChallengeEvent(ctx, message);
  }
}
