import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import type { Context } from '../../core/context.js';
import { badInput, conflict, forbidden, notFound } from '../../core/errors.js';
import { authorize } from '../../core/auth/policy.js';
import { enforce } from '../../core/rate-limit.js';
import { parseId } from '../../core/ids.js';
import { LiveSession, LiveSessionState, Participant } from './live-session.entity.js';
import { Poll, PollKind, PollState, PollVote } from './question.entity.js';
import { canRunMeetings } from './meeting.policy.js';
import { actingParticipant } from './meeting.service.js';
import { LiveEventKind } from './live-events.js';
import { LIVE_LIMITS } from './question.service.js';
import type { CreatePollInput, VotePollInput } from './meeting.types.js';

export async function createPoll(ctx: Context, input: CreatePollInput): Promise<Poll> {
  authorize(ctx, canRunMeetings, undefined);
  const session = await ctx.em.findOne(LiveSession, parseId(input.sessionId, 'sessionId'));
  if (!session) throw notFound('Live session', 'Sesi langsung');
  const labels = input.options.map((o) => o.trim()).filter(Boolean);
  if (input.kind !== PollKind.WORDS && (labels.length < 2 || new Set(labels).size !== labels.length)) {
    throw badInput('A choice poll needs 2 to 20 different options', 'Jajak pendapat pilihan perlu 2 sampai 20 opsi berbeda', [{ field: 'options', message: 'count' }]);
  }
  const maxChoices = input.kind === PollKind.MULTIPLE ? Math.min(input.maxChoices, labels.length) : 1;
  const poll = await ctx.em.transactional(async (em) =>
    em.create(Poll, {
      session,
      title: input.title.trim(),
      kind: input.kind,
      options: input.kind === PollKind.WORDS ? [] : labels.map((label, i) => ({ id: i + 1, label })),
      maxChoices,
      hideResultsUntilClosed: input.hideResultsUntilClosed,
    }),
  );
  ctx.services.pubsub.publish('LIVE_EVENT', String(session.id), { kind: LiveEventKind.POLL_UPDATED, sessionId: session.id, pollId: poll.id });
  return poll;
}

export async function setPollState(ctx: Context, pollId: string, state: PollState): Promise<Poll> {
  authorize(ctx, canRunMeetings, undefined);
  const poll = await ctx.em.findOne(Poll, parseId(pollId, 'pollId'));
  if (!poll) throw notFound('Poll', 'Jajak pendapat');
  if (state === PollState.DRAFT) throw badInput('A poll cannot go back to draft', 'Jajak pendapat tidak dapat kembali ke draf');
  poll.state = state;
  if (state === PollState.OPEN) {
    poll.openedAt ??= new Date();
    poll.closedAt = null;
  } else poll.closedAt = new Date();
  await ctx.em.flush();
  ctx.services.pubsub.publish('LIVE_EVENT', String(poll.session.id), { kind: LiveEventKind.POLL_UPDATED, sessionId: poll.session.id, pollId: poll.id });
  return poll;
}

/** One vote per participant and poll, checked against the poll's kind and options. */
export async function votePoll(ctx: Context, input: VotePollInput): Promise<Poll> {
  const id = parseId(input.pollId, 'pollId');
  const poll = await ctx.em.findOne(Poll, id);
  if (!poll) throw notFound('Poll', 'Jajak pendapat');
  const session = await ctx.em.findOneOrFail(LiveSession, poll.session.id);
  if (session.state !== LiveSessionState.OPEN) throw forbidden('This session is closed', 'Sesi ini sudah ditutup');
  if (poll.state !== PollState.OPEN) throw forbidden('This poll is not open for votes', 'Jajak pendapat ini tidak sedang dibuka');
  const participantId = await actingParticipant(ctx, session);
  await enforce(ctx.services.rateLimiter, LIVE_LIMITS.vote, String(participantId));
  let choices: number[] = [];
  let words: string | null = null;
  if (poll.kind === PollKind.WORDS) {
    words = input.words?.trim().toLowerCase().replace(/\s+/g, ' ') ?? '';
    if (!words) throw badInput('Write a short answer', 'Tulis jawaban singkat', [{ field: 'words', message: 'required' }]);
  } else {
    choices = [...new Set(input.choices)];
    const known = new Set(poll.options.map((o) => o.id));
    const max = poll.kind === PollKind.SINGLE ? 1 : poll.maxChoices;
    if (choices.length < 1 || choices.length > max || choices.length !== input.choices.length) {
      throw badInput(`Choose 1 to ${max} option(s)`, `Pilih 1 sampai ${max} opsi`, [{ field: 'choices', message: 'count' }]);
    }
    if (choices.some((c) => !known.has(c))) throw badInput('Unknown option', 'Opsi tidak dikenal', [{ field: 'choices', message: 'unknown' }]);
  }
  try {
    await ctx.em.transactional(async (em) => {
      // The poll row lock orders votes against a concurrent close: none lands after closing.
      const locked = await em.findOneOrFail(Poll, id, { lockMode: LockMode.PESSIMISTIC_READ, refresh: true });
      if (locked.state !== PollState.OPEN) throw forbidden('This poll is not open for votes', 'Jajak pendapat ini tidak sedang dibuka');
      em.create(PollVote, { poll: locked, participant: em.getReference(Participant, participantId, { wrapped: true }), choices, words });
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw conflict('You already voted in this poll', 'Anda sudah memilih di jajak pendapat ini');
    throw err;
  }
  ctx.services.live.pollVote(session.id, poll.id);
  return poll;
}
