import { registerEnumType } from 'type-graphql';
import { badInput } from '../../../core/errors.js';
import { MEETING_LIMITS } from '../meeting.limits.js';
import { meetingMessages as m } from '../meeting.messages.js';

/** Where one word-cloud answer stands; only APPROVED answers reach the cloud. */
export enum WordStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  HIDDEN = 'HIDDEN',
}
registerEnumType(WordStatus, {
  name: 'WordStatus',
  valuesConfig: {
    PENDING: { description: 'Waiting for a moderator (the session reviews words)' },
    APPROVED: { description: 'In the word cloud' },
    REJECTED: { description: 'Refused by a moderator or by the blocked-words list' },
    HIDDEN: { description: 'Taken out of the cloud by a moderator after it showed' },
  },
});

/**
 * The list a new session starts with; the facilitator edits it per session (some of these are
 * ordinary words in some meetings, e.g. "babi" in a livestock programme).
 */
export const DEFAULT_BLOCKED_WORDS: readonly string[] = ['anjing', 'bangsat', 'babi', 'kontol', 'memek', 'goblok', 'tolol', 'bajingan', 'kampret', 'fuck', 'shit', 'bitch', 'asshole'];

/** One answer as it is stored and counted: trimmed, lower case, single spaces. */
export const normaliseAnswer = (raw: string): string => raw.trim().toLowerCase().replace(/\s+/g, ' ');

/** The words of an answer, split on anything that is not a letter or digit ("dasar,tolol!" has "tolol"). */
export const answerTokens = (answer: string): string[] => answer.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Whether an answer contains a blocked word as a whole word (not inside another word: "babinsa" passes "babi"). */
export function isBlocked(answer: string, blocked: readonly string[]): boolean {
  if (!blocked.length) return false;
  const list = new Set(blocked);
  return answerTokens(normaliseAnswer(answer)).some((t) => list.has(t));
}

/** A facilitator's list: lower case, one word each, no repeats, within the limits. */
export function normaliseBlockedList(raw: readonly string[]): string[] {
  const words = [...new Set(raw.map(normaliseAnswer).filter(Boolean))];
  if (words.length > MEETING_LIMITS.blockedWordsMax) throw badInput(m.blockedWordsCount, { max: MEETING_LIMITS.blockedWordsMax }, [{ field: 'words', message: 'count' }]);
  const bad = words.find((w) => w.length > MEETING_LIMITS.blockedWordMax || answerTokens(w)[0] !== w);
  if (bad !== undefined) throw badInput(m.blockedWordShape, { word: bad, max: MEETING_LIMITS.blockedWordMax }, [{ field: 'words', message: 'shape' }]);
  return words.sort((a, b) => a.localeCompare(b));
}
