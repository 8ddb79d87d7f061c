import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { Thread, visibleThread } from '../../forum/index.js';
import { Challenge } from '../challenges/challenge.entity.js';
import { Solution } from '../solutions/solution.entity.js';

/** A forum thread this reader may see, from a challenge's or a solution's link (null when deleted or signed out). */
const threadOf = (ctx: Context, link: { id: number } | null | undefined) => (link && ctx.user ? visibleThread(ctx, link.id) : null);

@Resolver(() => Challenge)
export class ChallengeDiscussionResolver {
  @FieldResolver(() => Thread, { nullable: true, description: 'Its discussion in the forum (category Studi Tiru), opened with it' })
  thread(@Root() c: Challenge, @Ctx() ctx: Context) {
    return threadOf(ctx, c.thread);
  }
}

@Resolver(() => Solution)
export class SolutionDiscussionResolver {
  @FieldResolver(() => Thread, { nullable: true, description: "Its comments: a forum thread opened with it; reply, react and mention there" })
  thread(@Root() s: Solution, @Ctx() ctx: Context) {
    return threadOf(ctx, s.thread);
  }
}

/**
 * The way back, on the forum's Thread type. Contributed here rather than stored on the thread
 * (a generic `context` column): the forum then knows nothing of challenges, the modules depend
 * in one direction (forum ← challenge, which the architecture check enforces), and the link has
 * one home, the challenge side's `thread_id`, so it cannot disagree with itself.
 */
@Resolver(() => Thread)
export class ThreadChallengeResolver {
  @FieldResolver(() => Challenge, { nullable: true, description: 'The living-lab challenge this thread discusses, if any' })
  challenge(@Root() t: Thread, @Ctx() ctx: Context) {
    return ctx.loaders.challengeDiscussion.challengeOfThread.load(t.id);
  }

  @FieldResolver(() => Solution, { nullable: true, description: 'The challenge solution whose comments this thread holds, if any' })
  solution(@Root() t: Thread, @Ctx() ctx: Context) {
    return ctx.loaders.challengeDiscussion.solutionOfThread.load(t.id);
  }
}
