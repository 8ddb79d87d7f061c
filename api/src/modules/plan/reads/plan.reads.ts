import type { Context } from '../../../core/context.js';
import type { ContextUser } from '../../../core/context.js';
import { canReadPlan } from '../plan.policy.js';
import type { Plan, PlanMember } from '../plans/plan.entity.js';

/** The viewer's own membership row in a plan (from the plan's members, one batched read). */
export async function membershipOf(ctx: Context, planId: number, userId: number): Promise<PlanMember | null> {
  return (await ctx.loaders.plan.members.load(planId)).find((m) => m.user.id === userId) ?? null;
}

export async function mayRead(ctx: Context, user: ContextUser, plan: Plan): Promise<boolean> {
  return canReadPlan(user, { plan, membership: await membershipOf(ctx, plan.id, user.id) });
}

/** A plan if it exists and the viewer may read it; null otherwise (no difference shown between the two). */
export async function readablePlan(ctx: Context, planId: number): Promise<Plan | null> {
  const plan = await ctx.loaders.plan.plan.load(planId);
  if (!plan || !ctx.user) return null;
  return (await mayRead(ctx, ctx.user, plan)) ? plan : null;
}
