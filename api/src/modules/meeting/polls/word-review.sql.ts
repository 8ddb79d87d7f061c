import { sql, textArray } from '../../../core/db/sql.js';
import type { WordStatus } from './word-review.js';

/**
 * What a moderator last decided about this answer in this poll (approved, hidden, rejected),
 * so the same word given again gets the same treatment instead of coming back into the cloud.
 */
export const lastWordDecisionSql = (pollId: number, words: string) =>
  sql`select word_status from live_poll_vote where poll_id = ${pollId} and words = ${words} and word_status <> 'PENDING' order by created_at desc limit 1`;

/** Moves every answer of one word in a poll from one of `from` to `to`; returns the rows moved. */
export const setWordStatusSql = (pollId: number, words: string, from: readonly WordStatus[], to: WordStatus) =>
  sql`update live_poll_vote set word_status = ${to}::live_poll_word_status
      where poll_id = ${pollId} and words = ${words} and word_status = any(${textArray(from)}::live_poll_word_status[])`;

/** Whether the poll has any answer of this word at all. */
export const wordExistsSql = (pollId: number, words: string) => sql`select 1 as found from live_poll_vote where poll_id = ${pollId} and words = ${words} limit 1`;

/**
 * Waits for answers being given in the session's polls (votes hold their poll shared) and holds
 * new ones back until commit, so none is checked against the list being replaced.
 */
export const lockSessionPollsSql = (sessionId: number) => sql`select id from live_poll where session_id = ${sessionId} order by id for update`;

/**
 * Rejects the session's answers that contain a newly blocked word, split into words the way
 * `answerTokens` does; returns the polls concerned (their clouds change).
 */
export const rejectBlockedSql = (sessionId: number, blocked: readonly string[]) =>
  sql`with rejected as (
        update live_poll_vote v set word_status = 'REJECTED' from live_poll p
        where p.id = v.poll_id and p.session_id = ${sessionId} and v.words is not null and v.word_status <> 'REJECTED'
          and regexp_split_to_array(v.words, '[^[:alnum:]]+') && ${textArray(blocked)}
        returning v.poll_id
      ) select distinct poll_id from rejected`;
