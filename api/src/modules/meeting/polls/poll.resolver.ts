import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { Poll, PollState } from '../questions/question.entity.js';
import { CreatePollInput, PollResult, VotePollInput, WordCount } from '../meeting.types.js';
import { isModerator } from '../meeting.policy.js';
import { runCommand } from '../../../core/commands/runner.js';
import { createPollCommand, setPollStateCommand, votePollCommand } from './poll.commands.js';

/** Participants see results live, or only after closing when the poll hides them (moderators always see them). */
const resultsVisible = (ctx: Context, p: Poll) => isModerator(ctx) || !p.hideResultsUntilClosed || p.state === PollState.CLOSED;

@Resolver(() => Poll)
export class PollResolver {
  @FieldResolver(() => [PollResult], { nullable: true, description: 'Counts per option; null while hidden from you' })
  async results(@Root() p: Poll, @Ctx() ctx: Context): Promise<PollResult[] | null> {
    if (!resultsVisible(ctx, p)) return null;
    const tally = await ctx.loaders.live.tally.load(p.id);
    return p.options.map((o) => ({ optionId: o.id, label: o.label, count: tally.byOption.get(o.id) ?? 0 }));
  }

  @FieldResolver(() => [WordCount], { nullable: true, description: 'WORDS polls: answers with counts, most frequent first; null while hidden' })
  async words(@Root() p: Poll, @Ctx() ctx: Context): Promise<WordCount[] | null> {
    if (!resultsVisible(ctx, p)) return null;
    const tally = await ctx.loaders.live.tally.load(p.id);
    return [...tally.words.entries()].map(([word, count]) => ({ word, count })).sort((a, b) => b.count - a.count || a.word.localeCompare(b.word)).slice(0, 100);
  }

  @FieldResolver(() => Int, { description: 'Votes cast so far' })
  async totalVotes(@Root() p: Poll, @Ctx() ctx: Context) {
    return (await ctx.loaders.live.tally.load(p.id)).total;
  }

  @FieldResolver(() => [Int], { nullable: true, description: 'Your choices; null if you have not voted' })
  async myChoices(@Root() p: Poll, @Ctx() ctx: Context) {
    return (await ctx.loaders.live.myPollVote.load(p.id))?.choices ?? null;
  }

  @Mutation(() => Poll) createPoll(@Arg('input') input: CreatePollInput, @Ctx() ctx: Context) { return runCommand(ctx, createPollCommand, input); }
  @Mutation(() => Poll, { description: 'Opens or closes a poll' })
  setPollState(@Arg('pollId', () => ID) pollId: string, @Arg('state', () => PollState) state: PollState, @Ctx() ctx: Context) { return runCommand(ctx, setPollStateCommand, { pollId, state }); }
  @Mutation(() => Poll, { description: 'One vote per participant' }) votePoll(@Arg('input') input: VotePollInput, @Ctx() ctx: Context) { return runCommand(ctx, votePollCommand, input); }
}
