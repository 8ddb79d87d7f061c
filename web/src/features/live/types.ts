import type { LivePollFragment, LiveQuestionFragment, LiveSessionFieldsFragment } from '../../gql/graphql';
import { limits } from '../../gql/limits';

export type Question = LiveQuestionFragment;
export type Poll = LivePollFragment;
export type LiveSession = LiveSessionFieldsFragment;
/** The API's QuestionSort (not generated: no document takes it as a variable). */
export type QuestionSort = 'POPULAR' | 'RECENT';

/** The API's limits (meeting.types.ts), checked here too so the form can say so first. */
export const QUESTION_MAX = limits.meeting.questionMax;
export const WORDS_MAX = limits.meeting.wordsMax;
export const POLL_OPTIONS_MAX = limits.meeting.pollOptionsMax;
export const CODE_RE = /^[A-Z0-9]{4,12}$/;
export const REGION_CODE_RE = /^\d{2}\.\d{2}$/;

/** "#rakor62 " → "RAKOR62", "abcd-efgh" → "ABCDEFGH": as the server reads a code. */
export const normaliseCode = (raw: string): string => raw.trim().replace(/^#/, '').replace(/[\s-]/g, '').toUpperCase();

/** What the server stores: trimmed, inner whitespace collapsed. */
export const normaliseText = (raw: string): string => raw.trim().replace(/\s+/g, ' ');

export const livePath = (code: string): string => `/live/${code}`;
export const moderationPath = (code: string): string => `/live/${code}/moderasi`;
export const hallPath = (code: string): string => `/live/${code}/layar`;

const byId = (a: Question, b: Question) => Number(a.id) - Number(b.id);
const pinnedFirst = (a: Question, b: Question) => (b.pinnedAt ?? '').localeCompare(a.pinnedAt ?? '');

/** The server's orders, on the client: pinned first, then most votes (oldest first on ties) or newest. */
export function sortQuestions(list: readonly Question[], sort: QuestionSort): Question[] {
  return [...list].sort((a, b) => pinnedFirst(a, b) || (sort === 'POPULAR' ? b.voteCount - a.voteCount || byId(a, b) : byId(b, a)));
}
