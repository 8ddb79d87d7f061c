/**
 * The plan module's public surface: what other modules may use (architecture rule). The shared
 * document (Yjs) of a plan will check access through `canReadPlan` / `canEditPlan` on the plan
 * and the viewer's `PlanMember` row.
 */
export { planModule } from './plan.module.js';
export { Plan, PlanMember, PlanMemberRole, PlanState } from './plans/plan.entity.js';
export { PlanItem, PlanItemField, PlanItemStatus } from './items/item.entity.js';
export { canEditPlan, canReadPlan, type InPlan } from './plan.policy.js';
