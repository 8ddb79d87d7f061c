import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { notFound } from '../../../core/errors.js';
import { meetingMessages } from '../meeting.messages.js';
import { freshForEvent } from '../../../core/loaders.js';
import { requireUser } from '../../../core/auth/policy.js';
import { parseId } from '../../../core/ids.js';
import { Meeting } from './meeting.entity.js';
import { LiveSession, LiveSessionState } from './live-session.entity.js';
import { Poll, PollState, Question, QuestionStatus } from '../questions/question.entity.js';
import { CreateMeetingInput, JoinLiveSessionInput, JoinLiveSessionPayload, LiveSessionPreview, OpenLiveSessionInput, QuestionSort } from '../meeting.types.js';
import { assertCanRead, isModerator, questionVisibleTo } from '../meeting.policy.js';
import { codeIsGuessable, findSessionByCode, previewLiveSession } from './meeting.queries.js';
import { runCommand } from '../../../core/commands/runner.js';
import { convertQuestionsToThreadsCommand, createMeetingCommand, joinLiveSessionCommand, openLiveSessionCommand, setLiveSessionStateCommand } from './meeting.commands.js';
import { LiveSessionEvent, type LiveEventMessage } from '../live/live-events.js';
import { exportCsv, exportMarkdown } from '../export/export.service.js';
import { ExportFormat } from '../meeting.types.js';
import { liveEventStream, resolveLiveEvent } from '../live/live-stream.js';

@ArgsType()
class MeetingsArgs {
  @Field({ defaultValue: false, description: 'Only meetings that have not ended' }) upcoming: boolean;
}

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => [Meeting], { description: 'Meetings, latest start first' })
  meetings(@Args() args: MeetingsArgs, @Ctx() ctx: Context) {
    requireUser(ctx);
    return ctx.em.find(Meeting, args.upcoming ? { endsAt: { $gt: new Date() } } : {}, { orderBy: { startsAt: 'desc' }, limit: 200 });
  }

  @Query(() => Meeting)
  async meeting(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    requireUser(ctx);
    const meeting = await ctx.em.findOne(Meeting, parseId(id, 'id'));
    if (!meeting) throw notFound(meetingMessages.meetingNotFound);
    return meeting;
  }

  @FieldResolver(() => [LiveSession])
  sessions(@Root() m: Meeting, @Ctx() ctx: Context) {
    return ctx.loaders.live.sessionsOfMeeting.load(m.id);
  }

  @Mutation(() => Meeting) createMeeting(@Arg('input') input: CreateMeetingInput, @Ctx() ctx: Context) { return runCommand(ctx, createMeetingCommand, input); }
}

@Resolver(() => LiveSession)
export class LiveSessionResolver {
  @Query(() => LiveSessionPreview, { description: 'A session by its code before joining: title, meeting, state, whether guests may join. Public.' })
  liveSessionPreview(@Arg('code') code: string, @Ctx() ctx: Context) {
    return previewLiveSession(ctx, code);
  }

  @Query(() => LiveSession, { description: 'A live session by its join code (with or without #)' })
  async liveSession(@Arg('code') code: string, @Ctx() ctx: Context) {
    const session = await findSessionByCode(ctx.em, ctx, code);
    assertCanRead(ctx, session.id);
    return session;
  }

  @FieldResolver(() => Meeting)
  async meeting(@Root() s: LiveSession, @Ctx() ctx: Context) {
    return ctx.em.findOneOrFail(Meeting, s.meeting.id);
  }

  @FieldResolver(() => String, { description: 'Path of the join page' }) joinPath(@Root() s: LiveSession) { return `/live/${s.code}`; }
  @FieldResolver(() => Int, { description: 'Participants with the session open now (across all API instances)' }) participantCount(@Root() s: LiveSession, @Ctx() ctx: Context) { return ctx.services.live.onlineCount(s.id); }
  @FieldResolver(() => Boolean, { description: 'The join code was chosen by hand or is short: anyone can guess it, so do not rely on it to keep the session private' })
  codeIsGuessable(@Root() s: LiveSession) { return codeIsGuessable(s); }

  @FieldResolver(() => Boolean) viewerIsModerator(@Ctx() ctx: Context) { return isModerator(ctx); }

  @FieldResolver(() => Question, { nullable: true, description: 'The question on the hall screen' })
  highlightedQuestion(@Root() s: LiveSession, @Ctx() ctx: Context) {
    return s.highlightedQuestionId ? ctx.loaders.live.question.load(s.highlightedQuestionId) : null;
  }

  @FieldResolver(() => [Question], { description: 'Visible questions (moderators also see pending and dismissed); pinned first' })
  async questions(
    @Root() s: LiveSession,
    @Arg('sort', () => QuestionSort, { defaultValue: QuestionSort.POPULAR }) sort: QuestionSort,
    @Arg('includeAnswered', { defaultValue: true }) includeAnswered: boolean,
    @Ctx() ctx: Context,
  ) {
    const statuses = [QuestionStatus.LIVE, ...(includeAnswered ? [QuestionStatus.ANSWERED] : [])];
    const moderator = isModerator(ctx);
    const rows = await ctx.em.find(
      Question,
      { session: s.id, status: { $in: moderator ? [...statuses, QuestionStatus.PENDING, QuestionStatus.DISMISSED] : [...statuses, QuestionStatus.PENDING] } },
      { orderBy: sort === QuestionSort.POPULAR ? { pinnedAt: 'desc nulls last', voteCount: 'desc', id: 'asc' } : { pinnedAt: 'desc nulls last', id: 'desc' }, limit: 1000 },
    );
    const visible: Question[] = [];
    for (const q of rows) if (await questionVisibleTo(ctx, q)) visible.push(q);
    return visible;
  }

  @FieldResolver(() => [Poll])
  polls(@Root() s: LiveSession, @Ctx() ctx: Context) {
    return ctx.em.find(Poll, { session: s.id, ...(isModerator(ctx) ? {} : { state: { $ne: PollState.DRAFT } }) }, { orderBy: { id: 'desc' } });
  }

  @Mutation(() => LiveSession, { description: 'Opens a live session (join code + QR) in a meeting' })
  openLiveSession(@Arg('input') input: OpenLiveSessionInput, @Ctx() ctx: Context) { return runCommand(ctx, openLiveSessionCommand, input); }

  @Mutation(() => LiveSession)
  setLiveSessionState(@Arg('sessionId', () => ID) sessionId: string, @Arg('state', () => LiveSessionState) state: LiveSessionState, @Ctx() ctx: Context) {
    return runCommand(ctx, setLiveSessionStateCommand, { sessionId, state });
  }

  @Query(() => String, { description: 'Questions, answers, votes and poll results as CSV or Markdown minutes (facilitators and admins); anonymous askers stay anonymous' })
  liveSessionExport(@Arg('sessionId', () => ID) sessionId: string, @Arg('format', () => ExportFormat) format: ExportFormat, @Ctx() ctx: Context) {
    return format === ExportFormat.CSV ? exportCsv(ctx, sessionId) : exportMarkdown(ctx, sessionId);
  }

  @Mutation(() => Int, { description: 'Turns unanswered questions into forum questions in a category; returns how many' })
  convertQuestionsToThreads(@Arg('sessionId', () => ID) sessionId: string, @Arg('categoryId', () => ID) categoryId: string, @Ctx() ctx: Context) {
    return runCommand(ctx, convertQuestionsToThreadsCommand, { sessionId, categoryId });
  }

  @Mutation(() => JoinLiveSessionPayload, { description: 'Joins by code; without an account, as a guest when the session allows it' })
  joinLiveSession(@Arg('input') input: JoinLiveSessionInput, @Ctx() ctx: Context) { return runCommand(ctx, joinLiveSessionCommand, input); }

  @Subscription(() => LiveSessionEvent, {
    description: 'Everything that changes in a live session: questions, vote counts (batched), highlight, polls, presence',
    subscribe: ({ args, context }) => liveEventStream(context as Context, String((args as { sessionId: string }).sessionId)),
  })
  liveSessionEvents(@Root() message: LiveEventMessage, @Arg('sessionId', () => ID) _sessionId: string, @Ctx() ctx: Context): Promise<LiveSessionEvent> {
    freshForEvent(ctx, message);
    return resolveLiveEvent(ctx, message);
  }
}
