import { defineCommand } from '../../../core/commands/command.js';
import { execute } from '../../../core/db/query.js';
import { notFound } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { canFollowChallenge } from '../challenge.policy.js';
import { CHALLENGE_WRITE_LIMITS } from '../challenge.limits.js';
import { challengeMessages as m } from '../challenge.messages.js';
import { Challenge } from '../challenges/challenge.entity.js';
import { followSql, unfollowSql } from './follow.sql.js';

/** Follows or unfollows a challenge; setting what is already set changes nothing. */
export const followChallengeCommand = defineCommand({
  name: 'challenge.follow',
  actor: 'user',
  validate: (input: { challengeId: string; follow: boolean }) => ({ challengeId: parseId(input.challengeId, 'challengeId'), follow: input.follow }),
  limits: () => [{ rule: CHALLENGE_WRITE_LIMITS.follow }],
  async load({ em }, input) {
    const challenge = await em.findOne(Challenge, input.challengeId);
    if (!challenge) throw notFound(m.challengeNotFound);
    return challenge;
  },
  policy: canFollowChallenge,
  resource: (challenge) => challenge,
  async change(tx, challenge, input, actor) {
    await execute(tx.em, input.follow ? followSql(challenge.id, actor.id) : unfollowSql(challenge.id, actor.id));
    return challenge;
  },
});
