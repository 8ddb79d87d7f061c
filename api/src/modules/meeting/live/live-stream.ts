import type { Context } from '../../../core/context.js';
import { parseId } from '../../../core/ids.js';
import { assertCanRead, isModerator, questionVisibleTo } from '../meeting.policy.js';
import { meetingMessages as m } from '../meeting.messages.js';
import { LiveEventKind, type LiveEventMessage, type LiveSessionEvent } from './live-events.js';
import { PollState, Question } from '../questions/question.entity.js';
import { notFound } from '../../../core/errors.js';
import { carryTopic } from '../../../core/realtime/fanout.js';

/**
 * The event stream of one session. Subscribing counts the caller as online (for the
 * participant counter) until the stream ends, however it ends; a hall screen (display token)
 * is nobody and is not counted.
 */
export async function liveEventStream(ctx: Context, sessionIdRaw: string): Promise<AsyncIterable<LiveEventMessage>> {
  const sessionId = parseId(sessionIdRaw, 'sessionId');
  assertCanRead(ctx, sessionId);
  if (!(await ctx.loaders.live.session.load(sessionId))) throw notFound(m.sessionNotFound);
  const source = ctx.services.pubsub.subscribe('LIVE_EVENT', String(sessionId))[Symbol.asyncIterator]();
  const live = ctx.services.live;
  const counted = !ctx.display;
  if (counted) live.join(sessionId);
  let left = !counted;
  const leave = () => {
    if (!left) live.leave(sessionId);
    left = true;
  };
  const iterator: AsyncIterableIterator<LiveEventMessage> = {
    next: () => source.next(),
    return: async (value?: unknown) => {
      leave();
      await source.return?.();
      return { done: true, value: value as LiveEventMessage };
    },
    throw: async (err?: unknown) => {
      leave();
      await source.return?.();
      throw err;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  // Only lifecycle is added, so the fan-out may serve this subscriber from the topic's one listener.
  carryTopic(iterator, source);
  return iterator;
}

export async function resolveLiveEvent(ctx: Context, m: LiveEventMessage): Promise<LiveSessionEvent> {
  let question: Question | null = null;
  if (m.questionId && m.kind !== LiveEventKind.VOTES) {
    const q = await ctx.loaders.live.question.load(m.questionId);
    question = q && (await questionVisibleTo(ctx, q)) ? q : null;
  }
  const poll = m.pollId ? await ctx.loaders.live.poll.load(m.pollId) : null;
  return {
    kind: m.kind,
    sessionId: m.sessionId,
    questionId: m.questionId ?? null,
    question,
    votes: m.votes ? m.votes.map(([questionId, voteCount]) => ({ questionId, voteCount })) : null,
    poll: poll && (poll.state !== PollState.DRAFT || isModerator(ctx)) ? poll : null,
    participantCount: m.participantCount ?? null,
    highlightedQuestionId: m.highlightedQuestionId ?? null,
    sessionState: m.sessionState ?? null,
  };
}
