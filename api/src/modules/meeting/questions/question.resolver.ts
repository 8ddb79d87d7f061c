import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { Question, QuestionStatus } from './question.entity.js';
import { ModerateQuestionInput } from '../meeting.types.js';
import { isAsker, isModerator } from '../meeting.policy.js';
import { runCommand } from '../../../core/commands/runner.js';
import { askQuestionCommand, editQuestionCommand, moderateQuestionCommand, toggleQuestionVoteCommand, withdrawQuestionCommand } from './question.commands.js';

@ObjectType({ description: 'Who asked: absent for anonymous questions, except for moderators', simpleResolvers: true })
export class QuestionAsker {
  @Field() name: string;
  @Field(() => String, { nullable: true }) regionName: string | null;
  @Field({ description: 'A guest without an account' }) isGuest: boolean;
}

@Resolver(() => Question)
export class QuestionResolver {
  @FieldResolver(() => QuestionAsker, { nullable: true, description: 'Null for anonymous questions unless you moderate' })
  async askedBy(@Root() q: Question, @Ctx() ctx: Context): Promise<QuestionAsker | null> {
    if (q.anonymous && !isModerator(ctx)) return null;
    const p = await ctx.loaders.live.participant.load(q.participant.id);
    if (!p) return null;
    if (p.user) {
      const user = await ctx.loaders.users.load(p.user.id);
      const region = user?.regionCode ? await ctx.loaders.region.load(user.regionCode) : null;
      return { name: user?.name ?? '?', regionName: region?.name ?? user?.organisation ?? null, isGuest: false };
    }
    const region = p.guestRegion ? await ctx.loaders.region.load(p.guestRegion.code) : null;
    return { name: p.guestName ?? '?', regionName: region?.name ?? null, isGuest: true };
  }

  @FieldResolver(() => Boolean, { description: 'You upvoted it' })
  async votedByMe(@Root() q: Question, @Ctx() ctx: Context) {
    return (await ctx.loaders.live.myVotes.load(q.session.id)).has(q.id);
  }

  @FieldResolver(() => Boolean, { description: 'You asked it (so you may edit or withdraw it)' })
  askedByMe(@Root() q: Question, @Ctx() ctx: Context) {
    return isAsker(ctx, q);
  }

  @FieldResolver(() => Boolean)
  async isHighlighted(@Root() q: Question, @Ctx() ctx: Context) {
    const s = await ctx.loaders.live.session.load(q.session.id);
    return s?.highlightedQuestionId === q.id;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'For moderators: how many of the upvotes came from guests who had joined only moments before (LIVE_FRESH_GUEST_SECONDS), the pattern of vote-rigging; null for everyone else',
  })
  freshGuestVoteCount(@Root() q: Question, @Ctx() ctx: Context) {
    if (!isModerator(ctx)) return null;
    return ctx.loaders.live.freshGuestVotes.load({ questionId: q.id, seconds: ctx.services.config.liveFreshGuestSeconds });
  }

  @FieldResolver(() => Boolean) isPinned(@Root() q: Question) { return q.pinnedAt !== null; }
  @FieldResolver(() => Boolean) isAnswered(@Root() q: Question) { return q.status === QuestionStatus.ANSWERED; }

  @Mutation(() => Question, { description: 'Asks a question (1 to 500 characters); pre-moderated sessions hold it for approval' })
  askQuestion(@Arg('sessionId', () => ID) sessionId: string, @Arg('text') text: string, @Arg('anonymous', { defaultValue: false }) anonymous: boolean, @Ctx() ctx: Context) {
    return runCommand(ctx, askQuestionCommand, { sessionId, text, anonymous });
  }

  @Mutation(() => Question, { description: 'Edits your own question before it is answered' })
  editQuestion(@Arg('questionId', () => ID) questionId: string, @Arg('text') text: string, @Ctx() ctx: Context) { return runCommand(ctx, editQuestionCommand, { questionId, text }); }

  @Mutation(() => Question, { description: 'Withdraws your own question before it is answered' })
  withdrawQuestion(@Arg('questionId', () => ID) questionId: string, @Ctx() ctx: Context) { return runCommand(ctx, withdrawQuestionCommand, questionId); }

  @Mutation(() => Question, { description: 'Upvotes, or takes back your upvote (one per participant)' })
  toggleQuestionVote(@Arg('questionId', () => ID) questionId: string, @Ctx() ctx: Context) { return runCommand(ctx, toggleQuestionVoteCommand, questionId); }

  @Mutation(() => Question, { description: 'Approve, dismiss, mark answered, highlight, pin, archive or reply (facilitators and admins)' })
  moderateQuestion(@Arg('input') input: ModerateQuestionInput, @Ctx() ctx: Context) { return runCommand(ctx, moderateQuestionCommand, input); }
}
