import { defineCommand } from '../../../core/commands/command.js';
import { badInput, conflict, forbidden, notFound } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { SpbeIndicator, loadFrameworkStructure } from '../../spbe/index.js';
import { Challenge, Solution } from '../../challenge/index.js';
import { User } from '../../user/index.js';
import { canEditPlan } from '../plan.policy.js';
import { PLAN_WRITE_LIMITS } from '../plan.limits.js';
import { planMessages as m } from '../plan.messages.js';
import { PlanMember } from '../plans/plan.entity.js';
import { PlanItem, PlanItemField, type PlanItemStatus } from './item.entity.js';
import { isEditable } from '../plans/plan.states.js';
import { checkActions, checkDueOn, currentLevels, loadInPlan, touch } from '../plans/plan.input.js';
import type { DeletePlanItemInput, UpsertPlanItemInput } from '../plan.types.js';
import '../plan.events.js';

const field = (name: string, message: string) => [{ field: name, message }];
const optionalId = (id: string | null | undefined, name: string) => (id === undefined ? undefined : id === null ? null : parseId(id, name));

/** The fields given, normalised; undefined means "not being changed". */
interface ItemChange {
  planId: number;
  indicatorId: number;
  targetLevel?: number;
  actions?: string;
  ownerId?: number | null;
  dueOn?: string | null;
  status?: PlanItemStatus;
  /** LINK: set when challengeId or solutionId is given. */
  link?: { challengeId: number | null; solutionId: number | null };
}

/** The plan (locked: item writes of one plan are serialized, so the last commit wins per field) and the indicator checked against its framework. */
async function loadItem(em: Parameters<typeof loadInPlan>[0], planId: number, indicatorId: number, actorId: number) {
  const inPlan = await loadInPlan(em, planId, actorId, true);
  const structure = await loadFrameworkStructure(em, inPlan.plan.framework.id);
  const indicator = structure.indicators.find((i) => i.id === indicatorId);
  if (!indicator) {
    const elsewhere = await em.findOne(SpbeIndicator, indicatorId);
    if (elsewhere) throw badInput(m.indicatorOtherFramework, { id: indicatorId, framework: structure.framework.code }, field('indicatorId', 'framework'));
    throw badInput(m.unknownIndicator, { id: indicatorId }, field('indicatorId', 'unknown'));
  }
  const item = await em.findOne(PlanItem, { plan: planId, indicator: indicatorId });
  return { ...inPlan, structure, indicator, item };
}

export const upsertPlanItemCommand = defineCommand({
  name: 'plan.upsertItem',
  actor: 'user',
  validate(input: UpsertPlanItemInput): ItemChange {
    const out: ItemChange = { planId: parseId(input.planId, 'planId'), indicatorId: parseId(input.indicatorId, 'indicatorId') };
    if (input.targetLevel != null) out.targetLevel = input.targetLevel;
    if (input.actions !== undefined) out.actions = checkActions(input.actions ?? '');
    if (input.ownerId !== undefined) out.ownerId = optionalId(input.ownerId, 'ownerId');
    if (input.dueOn !== undefined) out.dueOn = checkDueOn(input.dueOn);
    if (input.status != null) out.status = input.status;
    if (input.challengeId !== undefined || input.solutionId !== undefined) {
      out.link = { challengeId: optionalId(input.challengeId, 'challengeId') ?? null, solutionId: optionalId(input.solutionId, 'solutionId') ?? null };
    }
    return out;
  },
  limits: () => [{ rule: PLAN_WRITE_LIMITS.item }],
  async load({ em }, input, actor) {
    const loaded = await loadItem(em, input.planId, input.indicatorId, actor.id);
    const { plan, structure, indicator, item } = loaded;
    const { minLevel, maxLevel } = structure.framework;
    if (input.targetLevel !== undefined && (!Number.isInteger(input.targetLevel) || input.targetLevel < minLevel || input.targetLevel > maxLevel)) {
      throw badInput(m.levelRange, { min: minLevel, max: maxLevel }, field('targetLevel', 'range'));
    }
    if (!item && input.targetLevel === undefined) throw badInput(m.targetRequired, {}, field('targetLevel', 'required'));
    const currentLevel = item ? item.currentLevel : ((await currentLevels(em, plan.region.code, structure.framework.id))[indicator.number] ?? null);
    if (input.targetLevel !== undefined && currentLevel !== null && input.targetLevel < currentLevel) {
      throw badInput(m.targetBelowCurrent, { target: input.targetLevel, current: currentLevel }, field('targetLevel', 'below current'));
    }
    if (input.ownerId != null && !(await em.count(PlanMember, { plan: plan.id, user: input.ownerId }))) throw badInput(m.ownerNotMember, {}, field('ownerId', 'not a member'));
    let link = input.link;
    if (link?.solutionId != null) {
      const solution = await em.findOne(Solution, link.solutionId);
      if (!solution) throw badInput(m.solutionNotFound, {}, field('solutionId', 'unknown'));
      if (link.challengeId !== null && link.challengeId !== solution.challenge.id) throw badInput(m.solutionOtherChallenge, {}, field('solutionId', 'other challenge'));
      link = { challengeId: solution.challenge.id, solutionId: solution.id };
    } else if (link?.challengeId != null && !(await em.count(Challenge, { id: link.challengeId }))) {
      throw badInput(m.challengeNotFound, {}, field('challengeId', 'unknown'));
    }
    return { ...loaded, currentLevel, link };
  },
  policy: canEditPlan,
  resource: (loaded) => loaded,
  refusal: () => forbidden(m.editorsOnly),
  async change(tx, { plan, indicator, item: found, currentLevel, link }, input, actor) {
    const { em } = tx;
    if (!isEditable(plan.state)) throw conflict(m.planFrozen, { state: plan.state });
    const me = em.getReference(User, actor.id, { wrapped: true });
    const created = !found;
    const item = found ?? em.create(PlanItem, { plan, indicator: em.getReference(SpbeIndicator, indicator.id, { wrapped: true }), currentLevel, targetLevel: input.targetLevel!, createdBy: me });
    const changed: PlanItemField[] = [];
    const set = <K extends keyof PlanItem>(f: PlanItemField, key: K, value: PlanItem[K], same: (a: PlanItem[K]) => boolean) => {
      if (!created && same(item[key])) return;
      item[key] = value;
      changed.push(f);
    };
    if (input.targetLevel !== undefined) set(PlanItemField.TARGET_LEVEL, 'targetLevel', input.targetLevel, (v) => v === input.targetLevel);
    if (input.actions !== undefined) set(PlanItemField.ACTIONS, 'actions', input.actions, (v) => v === input.actions);
    if (input.ownerId !== undefined) {
      const owner = input.ownerId === null ? null : em.getReference(User, input.ownerId, { wrapped: true });
      set(PlanItemField.OWNER, 'owner', owner, (v) => (v?.id ?? null) === input.ownerId);
    }
    if (input.dueOn !== undefined) set(PlanItemField.DUE_ON, 'dueOn', input.dueOn, (v) => v === input.dueOn);
    if (input.status !== undefined) set(PlanItemField.STATUS, 'status', input.status, (v) => v === input.status);
    if (link) {
      const same = (item.challenge?.id ?? null) === link.challengeId && (item.solution?.id ?? null) === link.solutionId;
      if (created || !same) {
        item.challenge = link.challengeId === null ? null : em.getReference(Challenge, link.challengeId, { wrapped: true });
        item.solution = link.solutionId === null ? null : em.getReference(Solution, link.solutionId, { wrapped: true });
        changed.push(PlanItemField.LINK);
      }
    }
    if (!changed.length) return item;
    const at = new Date();
    // A new object, so the ORM sees the jsonb change; fields not in this change keep their stamps.
    item.stamps = { ...item.stamps, ...Object.fromEntries(changed.map((f) => [f, { by: actor.id, at: at.toISOString() }])) };
    item.updatedAt = at;
    touch(plan);
    await em.flush();
    tx.emit('PLAN_EVENT', String(plan.id), { kind: 'ITEM_CHANGED', planId: plan.id, byUserId: actor.id, indicatorId: indicator.id, fields: changed });
    return item;
  },
});

export const deletePlanItemCommand = defineCommand({
  name: 'plan.deleteItem',
  actor: 'user',
  validate: (input: DeletePlanItemInput) => ({ planId: parseId(input.planId, 'planId'), indicatorId: parseId(input.indicatorId, 'indicatorId') }),
  limits: () => [{ rule: PLAN_WRITE_LIMITS.item }],
  async load({ em }, input, actor) {
    const loaded = await loadItem(em, input.planId, input.indicatorId, actor.id);
    if (!loaded.item) throw notFound(m.itemNotFound);
    return { ...loaded, item: loaded.item };
  },
  policy: canEditPlan,
  resource: (loaded) => loaded,
  refusal: () => forbidden(m.editorsOnly),
  async change(tx, { plan, item, indicator }, _input, actor) {
    if (!isEditable(plan.state)) throw conflict(m.planFrozen, { state: plan.state });
    tx.em.remove(item);
    touch(plan);
    await tx.em.flush();
    tx.emit('PLAN_EVENT', String(plan.id), { kind: 'ITEM_DELETED', planId: plan.id, byUserId: actor.id, indicatorId: indicator.id });
    return plan;
  },
});
