import { intArray, sql } from '../../../core/db/sql.js';

/** A session's guests for its moderators, newest first, with what each did. */
export const guestsOfSessionSql = (sessionId: number, first: number) =>
  sql`select p.id, p.guest_name, r.name as region_name, p.joined_at, p.removed_at,
        (select count(*)::int from live_question q where q.participant_id = p.id) as question_count,
        (select count(*)::int from live_question_vote v where v.participant_id = p.id) as vote_count
      from live_participant p left join region r on r.code = p.guest_region_code
      where p.session_id = ${sessionId} and p.user_id is null
      order by p.joined_at desc, p.id desc limit ${first}`;

/** Withdraws a participant's upvotes and lowers the counts with them; returns the questions' new counts. */
export const withdrawQuestionVotesSql = (participantId: number) =>
  sql`with gone as (delete from live_question_vote where participant_id = ${participantId} returning question_id)
      update live_question q set vote_count = q.vote_count - g.n, updated_at = now()
      from (select question_id, count(*)::int as n from gone group by question_id) g
      where q.id = g.question_id returning q.id`;

/** Withdraws a participant's poll answers; returns the polls concerned. */
export const withdrawPollVotesSql = (participantId: number) => sql`delete from live_poll_vote where participant_id = ${participantId} returning poll_id`;

/**
 * Upvotes on these questions cast by guests within `seconds` of joining: the shape of
 * vote-rigging with fresh guests, shown to moderators beside the count.
 */
export const freshGuestVotesSql = (questionIds: readonly number[], seconds: number) =>
  sql`select v.question_id, count(*)::int as count from live_question_vote v join live_participant p on p.id = v.participant_id
      where v.question_id = any(${intArray(questionIds)}) and p.user_id is null and v.created_at < p.joined_at + make_interval(secs => ${seconds})
      group by v.question_id`;
