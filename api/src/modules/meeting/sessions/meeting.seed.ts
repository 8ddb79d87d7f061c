import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../../user/index.js';
import { Poll, PollKind, PollState, PollVote, Question, QuestionStatus, QuestionVote } from '../questions/question.entity.js';
import { LiveSession, LiveSessionState, Participant } from './live-session.entity.js';
import { Meeting } from './meeting.entity.js';

export interface SeedSession {
  title: string;
  code: string;
  state: LiveSessionState;
  allowGuests?: boolean;
  questions?: { by: User; text: string; anonymous?: boolean; voters: User[]; answer?: string }[];
  polls?: { title: string; kind: PollKind.SINGLE | PollKind.MULTIPLE; options: string[]; state: PollState; votes: { by: User; choices: number[] }[] }[];
}

export interface SeedMeeting {
  title: string;
  description?: string;
  startsAt: Date;
  endsAt: Date;
  organiser: string;
  cohortSlug?: string | null;
  regionCodes?: string[];
  agenda?: string[];
  createdBy: User;
  sessions?: SeedSession[];
}

/**
 * Writes a meeting with its live sessions, participants, questions (vote counts matching their
 * votes) and polls, as the meeting module keeps them, for seed data such as the demo: no events.
 * A session whose code is taken is left out.
 */
export async function writeSeedMeeting(em: EntityManager, input: SeedMeeting): Promise<Meeting> {
  const meeting = em.create(Meeting, {
    title: input.title, description: input.description ?? null, startsAt: input.startsAt, endsAt: input.endsAt, organiser: input.organiser,
    cohortSlug: input.cohortSlug ?? null, regionCodes: input.regionCodes ?? [], agenda: (input.agenda ?? []).map((title) => ({ title, startsAt: null })), createdBy: input.createdBy,
  });
  for (const s of input.sessions ?? []) {
    if (await em.count(LiveSession, { code: s.code })) continue;
    const closed = s.state === LiveSessionState.CLOSED;
    const session = em.create(LiveSession, { meeting, code: s.code, codeChosen: true, title: s.title, state: s.state, allowGuests: s.allowGuests ?? false, allowAnonymous: true, preModeration: false, closedAt: closed ? input.endsAt : null });
    const participants = new Map<number, Participant>();
    const participant = (u: User) => {
      let p = participants.get(u.id);
      if (!p) participants.set(u.id, (p = em.create(Participant, { session, user: u, joinedAt: input.startsAt })));
      return p;
    };
    for (const q of s.questions ?? []) {
      const question = em.create(Question, {
        session, participant: participant(q.by), anonymous: q.anonymous ?? false, text: q.text, voteCount: q.voters.length,
        status: q.answer ? QuestionStatus.ANSWERED : QuestionStatus.LIVE, answerText: q.answer ?? null, answeredAt: q.answer ? input.endsAt : null, createdAt: input.startsAt,
      });
      for (const v of q.voters) em.create(QuestionVote, { question, participant: participant(v) });
    }
    for (const p of s.polls ?? []) {
      const poll = em.create(Poll, {
        session, title: p.title, kind: p.kind, options: p.options.map((label, i) => ({ id: i + 1, label })), maxChoices: p.kind === PollKind.MULTIPLE ? p.options.length : 1,
        state: p.state, openedAt: p.state === PollState.DRAFT ? null : input.startsAt, closedAt: p.state === PollState.CLOSED ? input.endsAt : null,
      });
      for (const v of p.votes) em.create(PollVote, { poll, participant: participant(v.by), choices: v.choices });
    }
  }
  await em.flush();
  return meeting;
}
