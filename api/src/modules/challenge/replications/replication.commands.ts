import { LockMode } from '@mikro-orm/core';
import { defineCommand } from '../../../core/commands/command.js';
import { badInput, conflict, forbidden, notFound } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { Region, allRegions } from '../../region/index.js';
import { User, regionOf } from '../../user/index.js';
import { canReplicateSolution, canUpdateReplication } from '../challenge.policy.js';
import { REPLICATION_WRITE_LIMITS } from '../challenge.limits.js';
import { challengeMessages as m } from '../challenge.messages.js';
import { Challenge } from '../challenges/challenge.entity.js';
import { Solution } from '../solutions/solution.entity.js';
import { notifyReplicated } from '../follow/challenge.notify.js';
import { Replication, ReplicationStatus } from './replication.entity.js';
import { isReplicable, replicationMove } from './replication.rules.js';
import { checkAdaptation, checkDay, checkOutcome, checkSpan, checkStatusReason, replicationChanged, setAdaptation } from './replication.input.js';
import type { ReplicateSolutionInput, UpdateReplicationInput } from './replication.types.js';

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Region B copies a solution of region A, or region C copies B's copy of it (studi tiru). The
 * solution row is locked: its replication count is kept exact, and two admins of one region
 * pressing at once are served one after the other (the second meets the unique key: CONFLICT).
 * A new node always hangs under a node of the same lineage and no region appears twice in it,
 * the root's region included, so the tree can never loop back on itself.
 */
export const replicateSolutionCommand = defineCommand({
  name: 'challenge.replicateSolution',
  actor: 'user',
  validate(input: ReplicateSolutionInput) {
    const startsOn = checkDay(input.startsOn, 'startsOn') ?? null;
    const endsOn = checkDay(input.endsOn, 'endsOn') ?? null;
    checkSpan(startsOn, endsOn);
    return {
      solutionId: parseId(input.solutionId, 'solutionId'),
      parentId: input.parentReplicationId == null ? null : parseId(input.parentReplicationId, 'parentReplicationId'),
      regionCode: input.regionCode?.trim() || null,
      startsOn,
      endsOn,
      adaptationMarkdown: checkAdaptation(input.adaptationMarkdown) ?? null,
    };
  },
  limits: () => [{ rule: REPLICATION_WRITE_LIMITS.replicate }],
  async load({ em }, input, actor) {
    const regionCode = input.regionCode ?? regionOf(actor);
    if (!regionCode) throw badInput(m.replicationRegionRequired, {}, [{ field: 'regionCode', message: 'required' }]);
    if (!(await allRegions(em)).has(regionCode)) throw badInput(m.unknownRegions, { codes: regionCode }, [{ field: 'regionCode', message: 'unknown' }]);
    const solution = await em.findOne(Solution, input.solutionId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!solution) throw notFound(m.solutionNotFound);
    const parent = input.parentId === null ? null : await em.findOne(Replication, input.parentId);
    if (input.parentId !== null && !parent) throw notFound(m.replicationNotFound);
    const challenge = await em.findOneOrFail(Challenge, solution.challenge.id);
    return { solution, parent, challenge, regionCode };
  },
  policy: canReplicateSolution,
  resource: (loaded) => ({ regionCode: loaded.regionCode }),
  refusal: () => forbidden(m.replicateOwnRegionOnly),
  async change(tx, { solution, parent, challenge, regionCode }, input, actor) {
    const { em } = tx;
    if (!isReplicable(solution.status, challenge.stage)) throw badInput(m.notReplicable, {}, [{ field: 'solutionId', message: 'not replicable' }]);
    if (solution.region.code === regionCode) {
      const region = (await allRegions(em)).get(regionCode)?.name ?? regionCode;
      throw badInput(m.replicateOwnSolution, { region }, [{ field: 'regionCode', message: 'own solution' }]);
    }
    if (parent && parent.solution.id !== solution.id) throw badInput(m.parentOtherLineage, {}, [{ field: 'parentReplicationId', message: 'other lineage' }]);
    if (parent?.status === ReplicationStatus.ABANDONED) throw badInput(m.parentAbandoned, {}, [{ field: 'parentReplicationId', message: 'abandoned' }]);
    const replication = em.create(Replication, {
      solution,
      parent,
      region: em.getReference(Region, regionCode, { wrapped: true }),
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      createdBy: em.getReference(User, actor.id, { wrapped: true }),
    });
    setAdaptation(replication, input.adaptationMarkdown);
    solution.replicationCount += 1;
    await em.flush();
    replicationChanged(tx, challenge, replication, 'REPLICATED');
    await notifyReplicated(tx, challenge, solution, regionCode, actor.id);
    return replication;
  },
  constraints: { replication_region_unique: () => conflict(m.alreadyReplicated) },
});

/**
 * The replicating region reports how it goes: status along the table (replication.rules.ts),
 * dates, what it adapted, its outcome. Starting without a start date records today, and so does
 * finishing without an end date: the lineage compares assessments before and after those days.
 */
export const updateReplicationCommand = defineCommand({
  name: 'challenge.updateReplication',
  actor: 'user',
  validate: (input: UpdateReplicationInput) => ({
    replicationId: parseId(input.replicationId, 'replicationId'),
    status: input.status ?? undefined,
    statusReason: checkStatusReason(input.statusReason),
    startsOn: checkDay(input.startsOn, 'startsOn'),
    endsOn: checkDay(input.endsOn, 'endsOn'),
    adaptationMarkdown: checkAdaptation(input.adaptationMarkdown),
    outcome: checkOutcome(input.outcome),
  }),
  limits: () => [{ rule: REPLICATION_WRITE_LIMITS.update }],
  async load({ em }, input) {
    // Locked: two admins moving it at once make one move, not two from the same status.
    const replication = await em.findOne(Replication, input.replicationId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!replication) throw notFound(m.replicationNotFound);
    const solution = await em.findOneOrFail(Solution, replication.solution.id);
    const challenge = await em.findOneOrFail(Challenge, solution.challenge.id);
    return { replication, challenge };
  },
  policy: canUpdateReplication,
  resource: (loaded) => ({ regionCode: loaded.replication.region.code }),
  refusal: () => forbidden(m.replicationAdminsOnly),
  async change(tx, { replication, challenge }, input) {
    const from = replication.status;
    if (input.status !== undefined && input.status !== from) {
      const move = replicationMove(from, input.status);
      if (!move) throw badInput(m.replicationMoveNotAllowed, { from, to: input.status }, [{ field: 'status', message: 'not allowed' }]);
      if (move.needsReason && !input.statusReason) throw badInput(m.abandonReasonRequired, {}, [{ field: 'statusReason', message: 'required' }]);
      replication.status = input.status;
      replication.statusReason = move.needsReason ? input.statusReason : null;
    }
    if (input.startsOn !== undefined) replication.startsOn = input.startsOn;
    if (input.endsOn !== undefined) replication.endsOn = input.endsOn;
    if (replication.status === ReplicationStatus.IN_PROGRESS || replication.status === ReplicationStatus.DONE) replication.startsOn ??= today();
    if (replication.status === ReplicationStatus.DONE) replication.endsOn ??= today();
    checkSpan(replication.startsOn, replication.endsOn);
    if (input.adaptationMarkdown !== undefined) setAdaptation(replication, input.adaptationMarkdown);
    if (input.outcome !== undefined) replication.outcome = input.outcome;
    replication.updatedAt = new Date();
    replicationChanged(tx, challenge, replication, 'REPLICATION_UPDATED');
    return replication;
  },
});
