import type { EntityManager } from '@mikro-orm/postgresql';
import { defineCommand } from '../../../core/commands/command.js';
import { conflict, forbidden, notFound } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { Region } from '../../region/index.js';
import { User, regionOf } from '../../user/index.js';
import type { ContextUser } from '../../../core/context.js';
import { canEndorseSolution, canWithdrawEndorsement, solutionsOpen, type SolutionForRegion } from '../challenge.policy.js';
import { SOLUTION_WRITE_LIMITS } from '../challenge.limits.js';
import { challengeMessages as m } from '../challenge.messages.js';
import { SolutionEndorsement } from './solution.entity.js';
import { checkStatement, loadSolution, solutionChanged } from './solution.input.js';
import type { EndorseSolutionInput, WithdrawEndorsementInput } from './solution.types.js';
import { notifyEndorsed } from '../follow/challenge.notify.js';

/** The region an endorsement speaks for: the one named, else the caller's own ('' when they have none, which no policy accepts). */
const endorsingRegion = (named: string | null | undefined, actor: ContextUser) => named?.trim() || regionOf(actor) || '';

/**
 * The solution locked (its endorsement count and the one-per-region rule depend on it), and
 * this region's endorsement if there is one. Fifty admins of one region endorsing at once are
 * served one after another: the first endorses, the others find it and get CONFLICT.
 */
async function loadForRegion(em: EntityManager, solutionId: number, actorId: number, regionCode: string) {
  const loaded = await loadSolution(em, solutionId, actorId, true);
  const existing = regionCode ? await em.findOne(SolutionEndorsement, { solution: solutionId, region: regionCode }) : null;
  return { ...loaded, regionCode, existing };
}

const regionRefusal = (t: SolutionForRegion, message: typeof m.endorseOwnRegionOnly) => forbidden(solutionsOpen(t.challenge.stage) ? message : m.challengeClosed);

export const endorseSolutionCommand = defineCommand({
  name: 'challenge.endorseSolution',
  actor: 'user',
  validate: (input: EndorseSolutionInput) => ({ solutionId: parseId(input.solutionId, 'solutionId'), statement: checkStatement(input.statement), regionCode: input.regionCode }),
  limits: () => [{ rule: SOLUTION_WRITE_LIMITS.endorse }],
  load: ({ em }, input, actor) => loadForRegion(em, input.solutionId, actor.id, endorsingRegion(input.regionCode, actor)),
  policy: canEndorseSolution,
  resource: (loaded) => loaded,
  refusal: (loaded) => regionRefusal(loaded, m.endorseOwnRegionOnly),
  async change(tx, { solution, challenge, regionCode, existing }, input, actor) {
    const { em } = tx;
    if (existing) throw conflict(m.alreadyEndorsed);
    em.create(SolutionEndorsement, {
      solution,
      region: em.getReference(Region, regionCode, { wrapped: true }),
      by: em.getReference(User, actor.id, { wrapped: true }),
      statement: input.statement,
    });
    solution.endorsementCount += 1;
    solutionChanged(tx, challenge, solution.id, 'ENDORSED');
    await notifyEndorsed(tx, challenge, solution, regionCode, actor.id);
    return solution;
  },
  constraints: { solution_endorsement_region_unique: () => conflict(m.alreadyEndorsed) },
});

export const withdrawEndorsementCommand = defineCommand({
  name: 'challenge.withdrawEndorsement',
  actor: 'user',
  validate: (input: WithdrawEndorsementInput) => ({ solutionId: parseId(input.solutionId, 'solutionId'), regionCode: input.regionCode }),
  limits: () => [{ rule: SOLUTION_WRITE_LIMITS.endorse }],
  load: ({ em }, input, actor) => loadForRegion(em, input.solutionId, actor.id, endorsingRegion(input.regionCode, actor)),
  policy: canWithdrawEndorsement,
  resource: (loaded) => loaded,
  refusal: (loaded) => regionRefusal(loaded, m.withdrawOwnRegionOnly),
  async change(tx, { solution, challenge, existing }) {
    if (!existing) throw notFound(m.notEndorsed);
    tx.em.remove(existing);
    solution.endorsementCount -= 1;
    solutionChanged(tx, challenge, solution.id, 'ENDORSEMENT_WITHDRAWN');
    return solution;
  },
});
