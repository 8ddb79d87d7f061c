import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { runCommand } from '../../../core/commands/runner.js';
import { LiveSession } from '../sessions/live-session.entity.js';
import { Poll, PollKind } from '../questions/question.entity.js';
import { isModerator } from '../meeting.policy.js';
import { ModerateWordInput, SetBlockedWordsInput, WordGroup } from '../meeting.types.js';
import { WordStatus } from './word-review.js';
import { moderateWordCommand, setBlockedWordsCommand, setWordReviewCommand } from './word-review.commands.js';

const STATUS_ORDER = [WordStatus.PENDING, WordStatus.APPROVED, WordStatus.HIDDEN, WordStatus.REJECTED];

@Resolver(() => Poll)
export class WordReviewResolver {
  @FieldResolver(() => [WordGroup], { nullable: true, description: 'WORDS polls, moderators only: every answer by word and status (pending first, most frequent first); null for others' })
  async wordReview(@Root() p: Poll, @Ctx() ctx: Context): Promise<WordGroup[] | null> {
    if (!isModerator(ctx) || p.kind !== PollKind.WORDS) return null;
    const { wordGroups } = await ctx.loaders.live.tally.load(p.id);
    return [...wordGroups].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || b.count - a.count || a.word.localeCompare(b.word)).slice(0, 300);
  }

  @Mutation(() => Poll, { description: 'Approves, rejects, hides or brings back every answer of one word (moderators)' })
  moderateWord(@Arg('input') input: ModerateWordInput, @Ctx() ctx: Context) { return runCommand(ctx, moderateWordCommand, input); }
}

@Resolver(() => LiveSession)
export class WordSettingsResolver {
  @FieldResolver(() => [String], { nullable: true, description: 'Moderators only: word-cloud answers with any of these words never show' })
  blockedWords(@Root() s: LiveSession, @Ctx() ctx: Context): string[] | null {
    return isModerator(ctx) ? s.blockedWords : null;
  }

  @Mutation(() => LiveSession, { description: 'Whether new word-cloud answers wait for a moderator (moderators)' })
  setWordReview(@Arg('sessionId', () => ID) sessionId: string, @Arg('reviewWords') reviewWords: boolean, @Ctx() ctx: Context) { return runCommand(ctx, setWordReviewCommand, { sessionId, reviewWords }); }

  @Mutation(() => LiveSession, { description: "Replaces the session's blocked words; answers with a newly blocked word leave the cloud (moderators)" })
  setBlockedWords(@Arg('input') input: SetBlockedWordsInput, @Ctx() ctx: Context) { return runCommand(ctx, setBlockedWordsCommand, input); }
}
