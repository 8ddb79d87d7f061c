import type { Cache, UpdateResolver } from '@urql/exchange-graphcache';
import type {
  AskQuestionMutation,
  AskQuestionMutationVariables,
  ConvertQuestionsToThreadsMutationVariables,
  CreatePollMutation,
  CreatePollMutationVariables,
  LiveQuestionFragment,
  LiveSessionEventsSubscription,
  LiveSessionEventsSubscriptionVariables,
  ModerateQuestionMutation,
  OpenLiveSessionMutationVariables,
  ToggleQuestionVoteMutationVariables,
} from '../../gql/graphql';
import { LiveHighlightFlagFragment, LiveMyVoteFragment, LivePresenceFragment, LiveVoteCountFragment } from './queries/fragments';
import type { CacheConfig } from '../../lib/cache/cacheConfig';
import { invalidateQueryFields } from '../../lib/cache/invalidate';
import { embedded } from '../../lib/cache/embedded';

/**
 * The arguments every page reads `LiveSession.questions` with (LiveSessionFields): one list
 * per session in the cache, which events and mutations keep current; pages sort and filter it.
 */
export const QUESTIONS_ARGS = { includeAnswered: true, sort: 'RECENT' } as const;

const session = (id: string) => ({ __typename: 'LiveSession' as const, id });
const question = (id: string) => ({ __typename: 'Question' as const, id });
const questionKey = (id: string) => `Question:${id}`;

const keysOf = (value: unknown): string[] | null => (Array.isArray(value) ? value.filter((k): k is string => typeof k === 'string') : null);

/** Adds a question to the session's cached list (newest first), once. */
function addQuestion(cache: Cache, sessionId: string, id: string): void {
  const keys = keysOf(cache.resolve(session(sessionId), 'questions', QUESTIONS_ARGS));
  if (!keys || keys.includes(questionKey(id))) return;
  cache.link(session(sessionId), 'questions', QUESTIONS_ARGS, [questionKey(id), ...keys]);
}

function addPoll(cache: Cache, sessionId: string, id: string): void {
  const keys = keysOf(cache.resolve(session(sessionId), 'polls'));
  if (!keys || keys.includes(`Poll:${id}`)) return;
  cache.link(session(sessionId), 'polls', [`Poll:${id}`, ...keys]);
}

/** Points the session's highlight at `id` (or none), keeping each question's flag in step. */
function setHighlight(cache: Cache, sessionId: string, id: string | null): void {
  if (cache.resolve(session(sessionId), 'id') === undefined) return;
  const current = cache.resolve(session(sessionId), 'highlightedQuestion');
  const next = id ? questionKey(id) : null;
  if (typeof current === 'string' && current !== next) {
    cache.writeFragment(LiveHighlightFlagFragment, { ...question(current.slice('Question:'.length)), isHighlighted: false });
  }
  if (id) cache.writeFragment(LiveHighlightFlagFragment, { ...question(id), isHighlighted: true });
  cache.link(session(sessionId), 'highlightedQuestion', next);
}

/** A question that was sent with its fresh `isHighlighted`: the session's highlight follows it. */
function syncHighlight(cache: Cache, sessionId: string, q: Pick<LiveQuestionFragment, 'id' | 'isHighlighted'>): void {
  const current = cache.resolve(session(sessionId), 'highlightedQuestion');
  if (q.isHighlighted && current !== questionKey(q.id)) setHighlight(cache, sessionId, q.id);
  else if (!q.isHighlighted && current === questionKey(q.id)) setHighlight(cache, sessionId, null);
}

/** Sessions in the cache (read by code) whose question list holds this question. */
function sessionsHolding(cache: Cache, id: string): string[] {
  const found: string[] = [];
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName !== 'liveSession') continue;
    const key = cache.resolve('Query', field.fieldKey);
    if (typeof key !== 'string') continue;
    const sessionId = cache.resolve(key, 'id');
    if (typeof sessionId === 'string' && keysOf(cache.resolve(key, 'questions', QUESTIONS_ARGS))?.includes(questionKey(id))) found.push(sessionId);
  }
  return found;
}

const mutationUpdates: Record<string, UpdateResolver> = {
  createMeeting: (_result, _args, cache) => invalidateQueryFields(cache, ['meetings']),
  openLiveSession: (_result, args, cache) => {
    cache.invalidate({ __typename: 'Meeting', id: (args as OpenLiveSessionMutationVariables).input.meetingId }, 'sessions');
    invalidateQueryFields(cache, ['meetings']);
  },
  askQuestion: (result, args, cache) => {
    const q = (result as AskQuestionMutation).askQuestion;
    if (q) addQuestion(cache, String((args as AskQuestionMutationVariables).sessionId), q.id);
  },
  moderateQuestion: (result, _args, cache) => {
    const q = (result as ModerateQuestionMutation).moderateQuestion;
    if (q) for (const sessionId of sessionsHolding(cache, q.id)) syncHighlight(cache, sessionId, q);
  },
  createPoll: (result, args, cache) => {
    const poll = (result as CreatePollMutation).createPoll;
    if (poll) addPoll(cache, String((args as CreatePollMutationVariables).input.sessionId), poll.id);
  },
  // The converted questions are archived: the session's list is read again; the forum gains threads.
  convertQuestionsToThreads: (_result, args, cache) => {
    cache.invalidate(session(String((args as ConvertQuestionsToThreadsMutationVariables).sessionId)), 'questions', QUESTIONS_ARGS);
    invalidateQueryFields(cache, ['threads', 'categories']);
  },
};

type LiveEvent = LiveSessionEventsSubscription['liveSessionEvents'];

/** Applies one live event to the cache; every page showing the session follows. */
function applyLiveEvent(cache: Cache, sessionId: string, event: LiveEvent): void {
  switch (event.kind) {
    case 'QUESTION_ADDED':
    case 'QUESTION_UPDATED':
      if (event.question) {
        addQuestion(cache, sessionId, event.question.id);
        syncHighlight(cache, sessionId, event.question);
      } else if (event.kind === 'QUESTION_UPDATED') {
        // No longer visible to this viewer (withdrawn or dismissed); the event does not say which.
        cache.invalidate(session(sessionId), 'questions', QUESTIONS_ARGS);
        cache.invalidate(session(sessionId), 'highlightedQuestion');
      }
      return;
    case 'VOTES':
      for (const v of event.votes ?? []) cache.writeFragment(LiveVoteCountFragment, { ...question(v.questionId), voteCount: v.voteCount });
      return;
    case 'HIGHLIGHT':
      setHighlight(cache, sessionId, event.highlightedQuestionId);
      return;
    case 'POLL_UPDATED':
    case 'POLL_RESULTS':
      if (event.poll) addPoll(cache, sessionId, event.poll.id);
      return;
    case 'PRESENCE':
      if (typeof event.participantCount === 'number') cache.writeFragment(LivePresenceFragment, { ...session(sessionId), participantCount: event.participantCount });
      return;
    case 'SESSION_UPDATED':
      // Opened or closed: the event carries no session, so its state is read again.
      cache.invalidate(session(sessionId), 'state');
      return;
  }
}

/** Live Q&A value objects live inside their parent; Meeting, LiveSession, Question and Poll are keyed by id. */
export const liveCache: CacheConfig = {
  keys: {
    AgendaItem: embedded,
    QuestionAsker: embedded,
    PollOption: embedded,
    PollResult: embedded,
    WordCount: embedded,
    WordGroup: embedded,
    LiveSessionEvent: embedded,
    QuestionVoteCount: embedded,
    JoinLiveSessionPayload: embedded,
  },
  updates: {
    Mutation: mutationUpdates,
    Subscription: {
      liveSessionEvents: (result, args, cache) => {
        const event = (result as LiveSessionEventsSubscription).liveSessionEvents;
        if (event) applyLiveEvent(cache, String((args as LiveSessionEventsSubscriptionVariables).sessionId), event);
      },
    },
  },
  optimistic: {
    /** An upvote shows at once; the server's count replaces it when the answer comes. */
    toggleQuestionVote: (args, cache) => {
      const id = String((args as ToggleQuestionVoteMutationVariables).questionId);
      const q = cache.readFragment(LiveMyVoteFragment, question(id));
      if (!q) return null;
      return { ...question(id), voteCount: Math.max(0, q.voteCount + (q.votedByMe ? -1 : 1)), votedByMe: !q.votedByMe };
    },
  },
};
