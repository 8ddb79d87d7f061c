import type { LiveEventKind, LivePollFragment, LiveQuestionFragment, LiveSessionEventsSubscription, LiveSessionFieldsFragment } from '../gql/graphql';
import type { ResultData, WithTypenames } from './withTypenames';

/** Live Q&A data for component tests, typed by the generated fragments and results (with __typename, as graphcache needs). */
export type QuestionData = WithTypenames<LiveQuestionFragment>;
export type PollData = WithTypenames<LivePollFragment>;
export type LiveSessionData = WithTypenames<LiveSessionFieldsFragment>;
type LiveEventData = ResultData<LiveSessionEventsSubscription>;

export const asker = (name: string, regionName: string | null = null, isGuest = false): NonNullable<QuestionData['askedBy']> => ({
  __typename: 'QuestionAsker',
  name,
  regionName,
  isGuest,
});

export function question(id: string, text: string, extra: Partial<QuestionData> = {}): QuestionData {
  return {
    __typename: 'Question',
    id,
    anonymous: false,
    text,
    status: 'LIVE',
    voteCount: 0,
    pinnedAt: null,
    answerText: null,
    answeredAt: null,
    createdAt: '2026-11-29T08:00:00.000Z',
    askedBy: asker('Diskominfo Sumedang', 'Kabupaten Sumedang'),
    votedByMe: false,
    askedByMe: false,
    isHighlighted: false,
    isPinned: false,
    isAnswered: false,
    freshGuestVoteCount: null,
    ...extra,
  };
}

export const option = (id: number, label: string): PollData['options'][number] => ({ __typename: 'PollOption', id, label });

export function poll(id: string, title: string, extra: Partial<PollData> = {}): PollData {
  const options = [option(1, 'Tata Kelola'), option(2, 'Layanan'), option(3, 'Manajemen')];
  return {
    __typename: 'Poll',
    id,
    title,
    kind: 'SINGLE',
    options,
    maxChoices: 1,
    state: 'OPEN',
    hideResultsUntilClosed: false,
    createdAt: '2026-11-29T08:00:00.000Z',
    results: options.map((o) => ({ __typename: 'PollResult', optionId: o.id, label: o.label, count: 0 })),
    words: null,
    wordReview: null,
    totalVotes: 0,
    myChoices: null,
    ...extra,
  };
}

export function liveSession(questions: QuestionData[], extra: Partial<LiveSessionData> = {}): LiveSessionData {
  return {
    __typename: 'LiveSession',
    id: '5',
    code: 'RAKOR62',
    title: 'Tanya jawab',
    state: 'OPEN',
    allowGuests: true,
    allowAnonymous: true,
    preModeration: false,
    reviewWords: false,
    blockedWords: null,
    createdAt: '2026-11-29T08:00:00.000Z',
    closedAt: null,
    joinPath: '/live/RAKOR62',
    participantCount: 3,
    viewerIsModerator: false,
    codeIsGuessable: true,
    meeting: { __typename: 'Meeting', id: '1', title: 'Rakor SPBE' },
    highlightedQuestion: null,
    questions,
    polls: [],
    ...extra,
  };
}

/** A `liveSessionEvents` payload; only the fields of `kind` need setting. */
export function liveEvent(kind: LiveEventKind, extra: Partial<LiveEventData['liveSessionEvents']> = {}): LiveEventData {
  return {
    liveSessionEvents: {
      __typename: 'LiveSessionEvent',
      kind,
      sessionId: '5',
      question: null,
      votes: null,
      poll: null,
      participantCount: null,
      highlightedQuestionId: null,
      ...extra,
    },
  };
}

export const votes = (...counts: [string, number][]): NonNullable<LiveEventData['liveSessionEvents']['votes']> =>
  counts.map(([questionId, voteCount]) => ({ __typename: 'QuestionVoteCount', questionId, voteCount }));
