import { defineCommand } from '../../../core/commands/command.js';
import { badInput, conflict, forbidden, notFound } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { query } from '../../../core/db/query.js';
import { Region, allRegions } from '../../region/index.js';
import { SpbeFramework, SpbeIndicator } from '../../spbe/index.js';
import { Challenge, Solution } from '../../challenge/index.js';
import { User } from '../../user/index.js';
import { canCreatePlan, canUpdatePlan } from '../plan.policy.js';
import { PLAN_WRITE_LIMITS } from '../plan.limits.js';
import { planMessages as m } from '../plan.messages.js';
import { Plan, PlanMember, PlanMemberRole, PlanState } from './plan.entity.js';
import { PlanItem, PlanItemField, type FieldStamps } from '../items/item.entity.js';
import { PLAN_MOVES, canMove } from './plan.states.js';
import { checkTitle, checkYear, currentLevels, loadInPlan, plannableFramework, touch } from './plan.input.js';
import { solutionIndicatorIdsSql } from '../reads/plan.sql.js';
import type { CreatePlanInput, UpdatePlanInput } from '../plan.types.js';
import '../plan.events.js';

/** What a new plan's items start from: a solution's indicators or an approved plan's items. */
interface Seed {
  indicatorId: number;
  targetLevel: number | null;
  actions: string;
  challengeId: number | null;
  solutionId: number | null;
}

export const createPlanCommand = defineCommand({
  name: 'plan.create',
  actor: 'user',
  validate(input: CreatePlanInput) {
    const sourceSolutionId = input.sourceSolutionId ? parseId(input.sourceSolutionId, 'sourceSolutionId') : null;
    const sourcePlanId = input.sourcePlanId ? parseId(input.sourcePlanId, 'sourcePlanId') : null;
    if (sourceSolutionId !== null && sourcePlanId !== null) throw badInput(m.oneSource, {}, [{ field: 'sourcePlanId', message: 'one source' }]);
    return { regionCode: input.regionCode.trim(), frameworkCode: input.frameworkCode.trim(), year: checkYear(input.year), title: checkTitle(input.title), sourceSolutionId, sourcePlanId };
  },
  limits: () => [{ rule: PLAN_WRITE_LIMITS.create }],
  async load({ em }, input) {
    if (!(await allRegions(em)).has(input.regionCode)) throw badInput(m.regionNotFound, { code: input.regionCode }, [{ field: 'regionCode', message: 'unknown' }]);
    const structure = await plannableFramework(em, input.frameworkCode);
    const known = new Set(structure.indicators.map((i) => i.id));
    let seeds: Seed[] = [];
    let solution: Solution | null = null;
    if (input.sourceSolutionId !== null) {
      solution = await em.findOne(Solution, input.sourceSolutionId);
      if (!solution) throw notFound(m.solutionNotFound);
      const rows = await query<{ indicator_id: number }>(em, solutionIndicatorIdsSql(solution.id));
      seeds = rows.filter((r) => known.has(r.indicator_id)).map((r) => ({ indicatorId: r.indicator_id, targetLevel: null, actions: '', challengeId: solution!.challenge.id, solutionId: solution!.id }));
    }
    if (input.sourcePlanId !== null) {
      const source = await em.findOne(Plan, input.sourcePlanId);
      if (!source) throw notFound(m.planNotFound);
      if (source.state !== PlanState.APPROVED) throw badInput(m.sourceNotApproved, {}, [{ field: 'sourcePlanId', message: 'not approved' }]);
      if (source.framework.id !== structure.framework.id) throw badInput(m.sourceOtherFramework, { code: structure.framework.code }, [{ field: 'sourcePlanId', message: 'framework' }]);
      const items = await em.find(PlanItem, { plan: source.id }, { orderBy: { indicator: 'asc' } });
      seeds = items.map((i) => ({ indicatorId: i.indicator.id, targetLevel: i.targetLevel, actions: i.actions, challengeId: i.challenge?.id ?? null, solutionId: i.solution?.id ?? null }));
    }
    return { structure, seeds, solution, levels: await currentLevels(em, input.regionCode, structure.framework.id) };
  },
  policy: canCreatePlan,
  resource: (_loaded, input) => ({ regionCode: input.regionCode }),
  refusal: () => forbidden(m.createOwnRegionOnly),
  async change(tx, { structure, seeds, solution, levels }, input, actor) {
    const { em } = tx;
    const me = em.getReference(User, actor.id, { wrapped: true });
    const plan = em.create(Plan, {
      region: em.getReference(Region, input.regionCode, { wrapped: true }),
      framework: em.getReference(SpbeFramework, structure.framework.id, { wrapped: true }),
      year: input.year,
      title: input.title,
      createdBy: me,
      sourceSolution: solution ? em.getReference(Solution, solution.id, { wrapped: true }) : null,
      sourcePlan: input.sourcePlanId !== null ? em.getReference(Plan, input.sourcePlanId, { wrapped: true }) : null,
    });
    em.create(PlanMember, { plan, user: me, role: PlanMemberRole.EDITOR, addedBy: me });
    const { minLevel, maxLevel } = structure.framework;
    const numberOf = new Map(structure.indicators.map((i) => [i.id, i.number]));
    const at = new Date().toISOString();
    for (const seed of seeds) {
      const current = levels[numberOf.get(seed.indicatorId)!] ?? null;
      const target = Math.min(maxLevel, Math.max(seed.targetLevel ?? (current ?? minLevel) + 1, current ?? minLevel));
      const stamps: FieldStamps = { [PlanItemField.TARGET_LEVEL]: { by: actor.id, at } };
      if (seed.actions) stamps[PlanItemField.ACTIONS] = { by: actor.id, at };
      if (seed.challengeId !== null) stamps[PlanItemField.LINK] = { by: actor.id, at };
      em.create(PlanItem, {
        plan,
        indicator: em.getReference(SpbeIndicator, seed.indicatorId, { wrapped: true }),
        currentLevel: current,
        targetLevel: target,
        actions: seed.actions,
        challenge: seed.challengeId !== null ? em.getReference(Challenge, seed.challengeId, { wrapped: true }) : null,
        solution: seed.solutionId !== null ? em.getReference(Solution, seed.solutionId, { wrapped: true }) : null,
        stamps,
        createdBy: me,
      });
    }
    await em.flush();
    tx.emit('PLAN_EVENT', String(plan.id), { kind: 'CREATED', planId: plan.id, byUserId: actor.id });
    return plan;
  },
});

export const updatePlanCommand = defineCommand({
  name: 'plan.update',
  actor: 'user',
  validate: (input: UpdatePlanInput) => ({
    planId: parseId(input.planId, 'planId'),
    title: input.title == null ? undefined : checkTitle(input.title),
    state: input.state ?? undefined,
  }),
  limits: () => [{ rule: PLAN_WRITE_LIMITS.update }],
  load: ({ em }, input, actor) => loadInPlan(em, input.planId, actor.id, true),
  policy: canUpdatePlan,
  resource: (loaded, input) => ({ ...loaded, retitle: input.title !== undefined, to: input.state ?? null }),
  refusal: ({ plan }, input) => forbidden(input.state && PLAN_MOVES[plan.state][input.state] === 'reviewer' ? m.reviewersOnly : m.editorsOnly),
  async change(tx, { plan }, input, actor) {
    if (input.state !== undefined && !canMove(plan.state, input.state)) throw conflict(m.stateMoveNotAllowed, { from: plan.state, to: input.state });
    if (input.title !== undefined && input.title !== plan.title) {
      if (plan.state === PlanState.APPROVED) throw conflict(m.planFrozen, { state: plan.state });
      plan.title = input.title;
    }
    if (input.state !== undefined) plan.state = input.state;
    touch(plan);
    tx.emit('PLAN_EVENT', String(plan.id), { kind: 'UPDATED', planId: plan.id, byUserId: actor.id });
    return plan;
  },
});
