import { defineCommand } from '../../../core/commands/command.js';
import { badInput, conflict, forbidden, notFound } from '../../../core/errors.js';
import { parseId } from '../../../core/ids.js';
import { User } from '../../user/index.js';
import { canManagePlanMembers, canRemovePlanMember, mayJoinPlan } from '../plan.policy.js';
import { PLAN_LIMITS, PLAN_WRITE_LIMITS } from '../plan.limits.js';
import { planMessages as m } from '../plan.messages.js';
import { PlanMember, PlanMemberRole } from '../plans/plan.entity.js';
import { loadInPlan, touch } from '../plans/plan.input.js';
import type { SetPlanMemberInput } from '../plan.types.js';
import '../plan.events.js';

/** The plan's member rows, the changed person's among them (the plan is locked, so the count holds). */
async function loadMembers(em: Parameters<typeof loadInPlan>[0], planId: number, actorId: number, userId: number) {
  const inPlan = await loadInPlan(em, planId, actorId, true);
  const rows = await em.find(PlanMember, { plan: planId });
  return { ...inPlan, rows, row: rows.find((r) => r.user.id === userId) ?? null };
}

const editorsBesides = (rows: PlanMember[], userId: number) => rows.filter((r) => r.role === PlanMemberRole.EDITOR && r.user.id !== userId).length;

export const setPlanMemberCommand = defineCommand({
  name: 'plan.setMember',
  actor: 'user',
  validate: (input: SetPlanMemberInput) => ({ planId: parseId(input.planId, 'planId'), userId: parseId(input.userId, 'userId'), role: input.role }),
  limits: () => [{ rule: PLAN_WRITE_LIMITS.member }],
  async load({ em }, input, actor) {
    const loaded = await loadMembers(em, input.planId, actor.id, input.userId);
    const person = await em.findOne(User, input.userId);
    if (!person || person.deactivatedAt) throw notFound(m.userNotFound);
    return { ...loaded, person };
  },
  policy: canManagePlanMembers,
  resource: (loaded) => loaded,
  refusal: () => forbidden(m.membersManagers),
  async change(tx, { plan, rows, row, person }, input, actor) {
    const { em } = tx;
    if (!mayJoinPlan(person, plan.region.code)) throw badInput(m.memberNotEligible, {}, [{ field: 'userId', message: 'not eligible' }]);
    if (row === null && rows.length >= PLAN_LIMITS.planMembersMax) throw conflict(m.tooManyMembers, { max: PLAN_LIMITS.planMembersMax });
    if (row?.role === PlanMemberRole.EDITOR && input.role !== PlanMemberRole.EDITOR && editorsBesides(rows, input.userId) === 0) throw conflict(m.lastEditor);
    const member = row ?? em.create(PlanMember, { plan, user: person, role: input.role, addedBy: em.getReference(User, actor.id, { wrapped: true }) });
    member.role = input.role;
    member.updatedAt = new Date();
    touch(plan);
    await em.flush();
    tx.emit('PLAN_EVENT', String(plan.id), { kind: 'MEMBER_CHANGED', planId: plan.id, byUserId: actor.id, userId: input.userId });
    return member;
  },
});

export const removePlanMemberCommand = defineCommand({
  name: 'plan.removeMember',
  actor: 'user',
  validate: (input: { planId: string; userId: string }) => ({ planId: parseId(input.planId, 'planId'), userId: parseId(input.userId, 'userId') }),
  limits: () => [{ rule: PLAN_WRITE_LIMITS.member }],
  load: ({ em }, input, actor) => loadMembers(em, input.planId, actor.id, input.userId),
  policy: canRemovePlanMember,
  resource: (loaded, input) => ({ ...loaded, userId: input.userId }),
  refusal: () => forbidden(m.membersManagers),
  async change(tx, { plan, rows, row }, input, actor) {
    if (!row) throw notFound(m.memberNotFound);
    if (row.role === PlanMemberRole.EDITOR && editorsBesides(rows, input.userId) === 0) throw conflict(m.lastEditor);
    tx.em.remove(row);
    touch(plan);
    await tx.em.flush();
    tx.emit('PLAN_EVENT', String(plan.id), { kind: 'MEMBER_REMOVED', planId: plan.id, byUserId: actor.id, userId: input.userId });
    return plan;
  },
});
