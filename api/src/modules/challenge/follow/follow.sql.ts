import { intArray, sql } from '../../../core/db/sql.js';

/** Follows (idempotent): following twice keeps one row, unfollowing without a row changes nothing. */
export const followSql = (challengeId: number, userId: number) =>
  sql`insert into challenge_follower (challenge_id, user_id) values (${challengeId}, ${userId}) on conflict do nothing`;

export const unfollowSql = (challengeId: number, userId: number) =>
  sql`delete from challenge_follower where challenge_id = ${challengeId} and user_id = ${userId}`;

export const followerCountsSql = (challengeIds: readonly number[]) =>
  sql`select f.challenge_id, count(*) as n from challenge_follower f where f.challenge_id = any(${intArray(challengeIds)}) group by f.challenge_id`;

export const followedBySql = (challengeIds: readonly number[], userId: number) =>
  sql`select f.challenge_id from challenge_follower f where f.challenge_id = any(${intArray(challengeIds)}) and f.user_id = ${userId}`;

/** Who hears of a challenge's news: its active team and its followers, once each, in one statement whatever their number. */
export const audienceSql = (challengeId: number) =>
  sql`select cm.user_id from challenge_member cm where cm.challenge_id = ${challengeId} and cm.status = 'ACTIVE'
      union select f.user_id from challenge_follower f where f.challenge_id = ${challengeId}`;
