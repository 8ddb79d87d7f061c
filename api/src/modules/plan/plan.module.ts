import type { ModuleManifest } from '../../core/module.js';
import { PLAN_LIMITS } from './plan.limits.js';
import { planMessages } from './plan.messages.js';
import * as policies from './plan.policy.js';
import { Plan, PlanMember } from './plans/plan.entity.js';
import { PlanItem } from './items/item.entity.js';
import { PlanResolver } from './plans/plan.resolver.js';
import { PlanFieldsResolver, PlanItemResolver, PlanMemberResolver } from './reads/plan.fields.resolver.js';
import { PlanLiveResolver, planEventsAudience } from './live/plan.live.js';
import { planLoaderFactory } from './reads/plan.loaders.js';
import { planMigrations } from './migrations/index.js';

/** Improvement plans (Rencana Aksi SPBE): the plan, its members and its items per indicator, with the projected index. */
export const planModule: ModuleManifest = {
  name: 'plan',
  limits: PLAN_LIMITS,
  migrations: planMigrations,
  entities: [Plan, PlanMember, PlanItem],
  resolvers: [PlanResolver, PlanFieldsResolver, PlanItemResolver, PlanMemberResolver, PlanLiveResolver],
  loaders: { plan: planLoaderFactory },
  audiences: { planEvents: planEventsAudience },
  policies: {
    canCreatePlan: policies.canCreatePlan,
    canReadPlan: policies.canReadPlan,
    canEditPlan: policies.canEditPlan,
    canManagePlanMembers: policies.canManagePlanMembers,
    canRemovePlanMember: policies.canRemovePlanMember,
    canReviewPlan: policies.canReviewPlan,
    canUpdatePlan: policies.canUpdatePlan,
  },
  messages: planMessages,
};
