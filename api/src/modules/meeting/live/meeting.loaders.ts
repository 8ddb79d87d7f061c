import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../../core/db/query.js';
import type { LoaderFactory, Viewer } from '../../../core/loaders.js';
import { myPollVotesSql, myVotesSql, pollVotesSql } from '../sessions/meeting.sql.js';
import { freshGuestVotesSql } from '../sessions/guests.sql.js';
import { LiveSession, Participant } from '../sessions/live-session.entity.js';
import { Poll, PollKind, Question } from '../questions/question.entity.js';
import { WordStatus } from '../polls/word-review.js';

export interface PollTally {
  total: number;
  byOption: Map<number, number>;
  /** Approved answers only: what the cloud shows. */
  words: Map<string, number>;
  /** Every answer by word and status (for moderators). */
  wordGroups: { word: string; status: WordStatus; count: number }[];
}

export interface LiveLoaders {
  session: DataLoader<number, LiveSession | null>;
  /** A meeting's sessions, oldest first (a list of meetings shows each one's). */
  sessionsOfMeeting: DataLoader<number, LiveSession[]>;
  question: DataLoader<number, Question | null>;
  poll: DataLoader<number, Poll | null>;
  participant: DataLoader<number, Participant | null>;
  tally: DataLoader<number, PollTally>;
  /** Upvotes by guests cast within `seconds` of their joining, per question (for moderators). */
  freshGuestVotes: DataLoader<{ questionId: number; seconds: number }, number, string>;
  /** Per viewer: the question ids the viewer voted for, by session. */
  myVotes: DataLoader<number, Set<number>>;
  /** Per viewer: the viewer's choices by poll (null: not voted). */
  myPollVote: DataLoader<number, { choices: number[]; words: string | null } | null>;
}

const byId = <T extends { id: number }>(ids: readonly number[], rows: T[]) => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
};
export function viewerLoaders(em: EntityManager, viewer: Viewer): Pick<LiveLoaders, 'myVotes' | 'myPollVote'> {
  return {
    myVotes: new DataLoader(async (sessionIds) => {
      const rows = await query<{ session_id: number; question_id: number }>(em, myVotesSql(viewer, sessionIds));
      return sessionIds.map((s) => new Set(rows.filter((r) => r.session_id === s).map((r) => r.question_id)));
    }),
    myPollVote: new DataLoader(async (pollIds) => {
      const rows = await query<{ poll_id: number; choices: number[]; words: string | null }>(em, myPollVotesSql(viewer, pollIds));
      return pollIds.map((id) => {
        const r = rows.find((x) => x.poll_id === id);
        return r ? { choices: r.choices.map(Number), words: r.words } : null;
      });
    }),
  };
}

/** The shared live loaders with this viewer's own, made on first use (see LoaderRegistry.forViewer). */
function withViewer(shared: LiveLoaders, em: EntityManager, viewer: Viewer): LiveLoaders {
  let own: Pick<LiveLoaders, 'myVotes' | 'myPollVote'> | undefined;
  const mine = () => (own ??= viewerLoaders(em, viewer));
  return Object.create(shared, { myVotes: { get: () => mine().myVotes }, myPollVote: { get: () => mine().myPollVote } }) as LiveLoaders;
}

function createLiveLoaders(em: EntityManager, viewer: Viewer): LiveLoaders {
  return {
    session: new DataLoader(async (keys) => byId(keys, await em.find(LiveSession, { id: { $in: [...keys] } }))),
    sessionsOfMeeting: new DataLoader(async (meetingIds) => {
      const rows = await em.find(LiveSession, { meeting: { $in: [...meetingIds] } }, { orderBy: { id: 'asc' } });
      return meetingIds.map((id) => rows.filter((s) => s.meeting.id === id));
    }),
    question: new DataLoader(async (keys) => byId(keys, await em.find(Question, { id: { $in: [...keys] } }))),
    poll: new DataLoader(async (keys) => byId(keys, await em.find(Poll, { id: { $in: [...keys] } }))),
    participant: new DataLoader(async (keys) => byId(keys, await em.find(Participant, { id: { $in: [...keys] } }))),
    tally: new DataLoader(async (pollIds) => {
      const polls = await em.find(Poll, { id: { $in: [...pollIds] } });
      const rows = await query<{ poll_id: number; choices: number[]; words: string | null; word_status: WordStatus }>(em, pollVotesSql(pollIds));
      return pollIds.map((id) => {
        const poll = polls.find((p) => p.id === id);
        const votes = rows.filter((r) => r.poll_id === id);
        const byOption = new Map<number, number>((poll?.options ?? []).map((o) => [o.id, 0]));
        const words = new Map<string, number>();
        const groups = new Map<string, { word: string; status: WordStatus; count: number }>();
        for (const v of votes) {
          if (poll?.kind === PollKind.WORDS && v.words) {
            if (v.word_status === WordStatus.APPROVED) words.set(v.words, (words.get(v.words) ?? 0) + 1);
            const key = `${v.word_status}:${v.words}`;
            const group = groups.get(key) ?? { word: v.words, status: v.word_status, count: 0 };
            group.count++;
            groups.set(key, group);
          }
          for (const c of v.choices) byOption.set(Number(c), (byOption.get(Number(c)) ?? 0) + 1);
        }
        return { total: votes.length, byOption, words, wordGroups: [...groups.values()] };
      });
    }),
    freshGuestVotes: new DataLoader(
      async (keys) => {
        // One threshold per process (configuration), so one statement per batch.
        const seconds = keys[0]!.seconds;
        const rows = await query<{ question_id: number; count: number }>(em, freshGuestVotesSql(keys.map((k) => k.questionId), seconds));
        const counts = new Map(rows.map((r) => [r.question_id, r.count]));
        return keys.map((k) => (k.seconds === seconds ? (counts.get(k.questionId) ?? 0) : new Error('one threshold per batch')));
      },
      { cacheKeyFn: (k) => `${k.seconds}:${k.questionId}` },
    ),
    ...viewerLoaders(em, viewer),
  };
}

declare module '../../../core/loaders.js' {
  interface Loaders {
    live: LiveLoaders;
  }
}

export const liveLoaderFactory: LoaderFactory<LiveLoaders> = { create: createLiveLoaders, forViewer: withViewer };
