/** Schema-shaped live Q&A data for component tests (with __typename, as graphcache needs). */
export const asker = (name: string, regionName: string | null = null, isGuest = false) => ({ __typename: 'QuestionAsker' as const, name, regionName, isGuest });

export function question(id: string, text: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: 'Question' as const,
    id,
    anonymous: false,
    text,
    status: 'LIVE',
    voteCount: 0,
    pinnedAt: null as string | null,
    answerText: null as string | null,
    answeredAt: null as string | null,
    createdAt: '2026-11-29T08:00:00.000Z',
    askedBy: asker('Diskominfo Sumedang', 'Kabupaten Sumedang') as ReturnType<typeof asker> | null,
    votedByMe: false,
    askedByMe: false,
    isHighlighted: false,
    isPinned: false,
    isAnswered: false,
    ...extra,
  };
}

export type QuestionData = ReturnType<typeof question>;

export const option = (id: number, label: string) => ({ __typename: 'PollOption' as const, id, label });

export function poll(id: string, title: string, extra: Record<string, unknown> = {}) {
  const options = [option(1, 'Tata Kelola'), option(2, 'Layanan'), option(3, 'Manajemen')];
  return {
    __typename: 'Poll' as const,
    id,
    title,
    kind: 'SINGLE',
    options,
    maxChoices: 1,
    state: 'OPEN',
    hideResultsUntilClosed: false,
    createdAt: '2026-11-29T08:00:00.000Z',
    results: options.map((o) => ({ __typename: 'PollResult' as const, optionId: o.id, label: o.label, count: 0 })) as unknown[] | null,
    words: null as unknown[] | null,
    totalVotes: 0,
    myChoices: null as number[] | null,
    ...extra,
  };
}

export type PollData = ReturnType<typeof poll>;

export function liveSession(questions: QuestionData[], extra: Record<string, unknown> = {}) {
  return {
    __typename: 'LiveSession' as const,
    id: '5',
    code: 'RAKOR62',
    title: 'Tanya jawab',
    state: 'OPEN',
    allowGuests: true,
    allowAnonymous: true,
    preModeration: false,
    createdAt: '2026-11-29T08:00:00.000Z',
    closedAt: null as string | null,
    joinPath: '/live/RAKOR62',
    participantCount: 3,
    viewerIsModerator: false,
    meeting: { __typename: 'Meeting' as const, id: '1', title: 'Rakor SPBE' },
    highlightedQuestion: null as QuestionData | null,
    questions,
    polls: [] as PollData[],
    ...extra,
  };
}

/** A `liveSessionEvents` payload; only the fields of `kind` need setting. */
export function liveEvent(kind: string, extra: Record<string, unknown> = {}) {
  return {
    liveSessionEvents: {
      __typename: 'LiveSessionEvent' as const,
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

export const votes = (...counts: [string, number][]) => counts.map(([questionId, voteCount]) => ({ __typename: 'QuestionVoteCount' as const, questionId, voteCount }));
