import { intArray, sql } from '../../../core/db/sql.js';
import type { Viewer } from '../../../core/loaders.js';

/** Guests still in: not removed, and their live session is still open. */
export const openGuestIdsSql = (ids: readonly number[]) =>
  sql`select p.id from live_participant p join live_session s on s.id = p.session_id where p.id = any(${intArray(ids)}) and p.removed_at is null and s.state = 'OPEN'`;

/**
 * Held to the end of the transaction, so that of many guests joining at once none slips past
 * the cap; only guest joins of this one session wait on it. A statement of its own: the count
 * after it must take its snapshot once the lock is held.
 */
export const lockSessionGuestsSql = (sessionId: number) => sql`select pg_advisory_xact_lock(hashtext('live_session_guests'), ${sessionId})`;

/** Guests in the session, not counting removed ones. */
export const guestCountSql = (sessionId: number) =>
  sql`select count(*)::int as count from live_participant where session_id = ${sessionId} and user_id is null and removed_at is null`;

/** Rows of the viewer's own participants (a user has one per session; a guest is one). */
const viewerCondition = (viewer: Viewer) =>
  viewer.userId !== null ? sql`p.user_id = ${viewer.userId}` : viewer.guestId !== null ? sql`p.id = ${viewer.guestId}` : sql`false`;

/** The questions the viewer upvoted, in these sessions. */
export const myVotesSql = (viewer: Viewer, sessionIds: readonly number[]) =>
  sql`select p.session_id, v.question_id from live_question_vote v join live_participant p on p.id = v.participant_id
      where ${viewerCondition(viewer)} and p.session_id = any(${intArray(sessionIds)})`;

/** The viewer's vote in these polls. */
export const myPollVotesSql = (viewer: Viewer, pollIds: readonly number[]) =>
  sql`select v.poll_id, v.choices, v.words from live_poll_vote v join live_participant p on p.id = v.participant_id
      where ${viewerCondition(viewer)} and v.poll_id = any(${intArray(pollIds)})`;

/** Every vote in these polls (for tallies). */
export const pollVotesSql = (pollIds: readonly number[]) => sql`select poll_id, choices, words, word_status from live_poll_vote where poll_id = any(${intArray(pollIds)})`;

/** A user's participant row in a session, if any. */
export const participantOfUserSql = (sessionId: number, userId: number) => sql`select id from live_participant where session_id = ${sessionId} and user_id = ${userId}`;

/** Creates a user's participant row once, whoever wins a race. */
export const ensureParticipantSql = (sessionId: number, userId: number) =>
  sql`insert into live_participant (session_id, user_id) values (${sessionId}, ${userId})
      on conflict (session_id, user_id) do update set joined_at = live_participant.joined_at returning id`;

/**
 * One upvote per participant, toggled, in a single statement: the vote row and the counter
 * change together, the question row is locked only for that statement, and the unique key
 * on (question, participant) settles races. Returns the question row as it now is.
 */
export const toggleVoteSql = (questionId: number, participantId: number) =>
  sql`with ins as (
        insert into live_question_vote (question_id, participant_id) select ${questionId}, ${participantId}
        where exists (select 1 from live_question where id = ${questionId} and status = 'LIVE')
        on conflict do nothing returning 1
      ), del as (
        delete from live_question_vote where question_id = ${questionId} and participant_id = ${participantId} and not exists (select 1 from ins) returning 1
      )
      update live_question set vote_count = vote_count + (select count(*) from ins) - (select count(*) from del), updated_at = now()
      where id = ${questionId} returning *`;
