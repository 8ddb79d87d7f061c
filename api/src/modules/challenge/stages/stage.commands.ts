import { defineCommand } from '../../../core/commands/command.js';
import { badInput, forbidden } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { User } from '../../user/index.js';
import { canSteerChallenge } from '../challenge.policy.js';
import { CHALLENGE_WRITE_LIMITS } from '../challenge.limits.js';
import { challengeMessages as m } from '../challenge.messages.js';
import { ChallengeTransition } from '../challenges/challenge.entity.js';
import { checkNote, loadInTeam, touch } from '../challenges/challenge.input.js';
import { stageMove } from './challenge.stages.js';
import type { MoveChallengeStageInput } from '../challenge.types.js';
import { notifyStageMoved } from '../follow/challenge.notify.js';
import '../challenges/challenge.events.js';

export const moveChallengeStageCommand = defineCommand({
  name: 'challenge.moveStage',
  actor: 'user',
  validate: (input: MoveChallengeStageInput) => ({ challengeId: parseId(input.challengeId, 'challengeId'), to: input.to, note: checkNote(input.note) }),
  limits: () => [{ rule: CHALLENGE_WRITE_LIMITS.stage }],
  // Locked: two leads moving at once must not both move from the same stage.
  load: ({ em }, input, actor) => loadInTeam(em, input.challengeId, actor.id, true),
  policy: canSteerChallenge,
  resource: (loaded) => loaded,
  refusal: () => forbidden(m.leadsOnly),
  async change(tx, { challenge }, input, actor) {
    const from = challenge.stage;
    const move = stageMove(from, input.to);
    if (!move) throw badInput(m.stageMoveNotAllowed, { from, to: input.to }, [{ field: 'to', message: 'not allowed' }]);
    if (move.needsReason && !input.note) throw badInput(m.reasonRequired, {}, [{ field: 'note', message: 'required' }]);
    challenge.stage = input.to;
    touch(challenge);
    tx.em.create(ChallengeTransition, { challenge, fromStage: from, toStage: input.to, by: tx.em.getReference(User, actor.id, { wrapped: true }), note: input.note });
    tx.emit('CHALLENGE_EVENT', String(challenge.id), { kind: 'STAGE_MOVED', challengeId: challenge.id });
    await notifyStageMoved(tx, challenge, actor.id);
    return challenge;
  },
});
