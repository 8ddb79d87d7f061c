import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { RegionView } from '../../region/index.js';
import { SpbeFramework, SpbeIndicator } from '../../spbe/index.js';
import { Challenge, Solution } from '../../challenge/index.js';
import { User } from '../../user/index.js';
import { Plan, PlanMember, PlanMemberRole } from '../plans/plan.entity.js';
import { PlanItem, PlanItemField } from '../items/item.entity.js';
import { PlanItemChange, PlanPriority, PlanProjection } from '../plan.types.js';
import { baseKey } from './plan.loaders.js';
import { membershipOf, readablePlan } from './plan.reads.js';
import { canEditPlan } from '../plan.policy.js';
import { isEditable } from '../plans/plan.states.js';
import { projectPlan, projectedLevels, rankPriorities } from '../scoring/plan.projection.js';
import { priorityDetails } from '../scoring/plan.priorities.js';
import { PLAN_LIMITS } from '../plan.limits.js';

const structureOf = (ctx: Context, plan: Plan) => ctx.loaders.frameworkStructure.load(plan.framework.id);
const baseOf = (ctx: Context, plan: Plan) => ctx.loaders.plan.baseLevels.load(baseKey(plan.framework.id, plan.region.code));

@Resolver(() => Plan)
export class PlanFieldsResolver {
  @FieldResolver(() => RegionView)
  async region(@Root() p: Plan, @Ctx() ctx: Context) {
    return (await ctx.loaders.region.load(p.region.code))!;
  }

  @FieldResolver(() => SpbeFramework)
  async framework(@Root() p: Plan, @Ctx() ctx: Context) {
    return (await structureOf(ctx, p)).framework;
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() p: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.users.load(p.createdBy.id);
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'The approved plan this one copied, when the viewer may read it' })
  sourcePlan(@Root() p: Plan, @Ctx() ctx: Context) {
    return p.sourcePlan ? readablePlan(ctx, p.sourcePlan.id) : null;
  }

  @FieldResolver(() => Solution, { nullable: true, description: 'The challenge solution this plan started from' })
  sourceSolution(@Root() p: Plan, @Ctx() ctx: Context) {
    return p.sourceSolution ? ctx.loaders.solution.solution.load(p.sourceSolution.id) : null;
  }

  @FieldResolver(() => [PlanMember], { description: 'Editors first, then commenters and viewers' })
  members(@Root() p: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.plan.members.load(p.id);
  }

  @FieldResolver(() => [PlanItem], { description: 'One per indicator, in indicator order' })
  items(@Root() p: Plan, @Ctx() ctx: Context) {
    return ctx.loaders.plan.items.load(p.id);
  }

  @FieldResolver(() => PlanMemberRole, { nullable: true, description: "The viewer's role in the plan, null when not a member" })
  async myRole(@Root() p: Plan, @Ctx() ctx: Context) {
    return ctx.user ? ((await membershipOf(ctx, p.id, ctx.user.id))?.role ?? null) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may change the items now (an editor, while the plan is a draft or needs changes)' })
  async viewerCanEdit(@Root() p: Plan, @Ctx() ctx: Context) {
    if (!ctx.user || !isEditable(p.state)) return false;
    return canEditPlan(ctx.user, { plan: p, membership: await membershipOf(ctx, p.id, ctx.user.id) });
  }

  @FieldResolver(() => PlanProjection, { description: 'The index if every target is met, beside the current one (the assessment scoring)' })
  async projection(@Root() p: Plan, @Ctx() ctx: Context): Promise<PlanProjection> {
    const [structure, base, items] = await Promise.all([structureOf(ctx, p), baseOf(ctx, p), ctx.loaders.plan.items.load(p.id)]);
    return projectPlan(structure, base, items);
  }

  @FieldResolver(() => [PlanPriority], { description: 'Indicators ranked by how much one more level moves the index (weight / 100), from the levels this plan projects' })
  async priorities(@Root() p: Plan, @Arg('first', () => Int, { defaultValue: 10 }) first: number, @Ctx() ctx: Context): Promise<PlanPriority[]> {
    const [structure, base, items] = await Promise.all([structureOf(ctx, p), baseOf(ctx, p), ctx.loaders.plan.items.load(p.id)]);
    const limit = Math.max(0, Math.min(first, PLAN_LIMITS.planPrioritiesMax));
    const ranked = rankPriorities(structure, projectedLevels(base?.levels ?? {}, items, structure), limit);
    return priorityDetails(ctx, structure, ranked);
  }
}

@Resolver(() => PlanItem)
export class PlanItemResolver {
  @FieldResolver(() => SpbeIndicator)
  async indicator(@Root() item: PlanItem, @Ctx() ctx: Context) {
    const plan = (await ctx.loaders.plan.plan.load(item.plan.id))!;
    return (await structureOf(ctx, plan)).indicators.find((i) => i.id === item.indicator.id)!;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who answers for it: a member of the plan' })
  owner(@Root() item: PlanItem, @Ctx() ctx: Context) {
    return item.owner ? ctx.loaders.users.load(item.owner.id) : null;
  }

  @FieldResolver(() => Challenge, { nullable: true })
  challenge(@Root() item: PlanItem, @Ctx() ctx: Context) {
    return item.challenge ? ctx.loaders.challenge.challenge.load(item.challenge.id) : null;
  }

  @FieldResolver(() => Solution, { nullable: true, description: 'The solution being replicated' })
  solution(@Root() item: PlanItem, @Ctx() ctx: Context) {
    return item.solution ? ctx.loaders.solution.solution.load(item.solution.id) : null;
  }

  @FieldResolver(() => [PlanItemChange], { description: 'Who changed each field last, and when, in field order' })
  async changes(@Root() item: PlanItem, @Ctx() ctx: Context): Promise<PlanItemChange[]> {
    const fields = Object.values(PlanItemField).filter((f) => item.stamps[f]);
    const users = await ctx.loaders.users.loadMany(fields.map((f) => item.stamps[f]!.by));
    return fields.map((field, i) => ({ field, by: users[i] instanceof Error ? null : (users[i] ?? null), at: new Date(item.stamps[field]!.at) }));
  }
}

@Resolver(() => PlanMember)
export class PlanMemberResolver {
  @FieldResolver(() => User)
  async user(@Root() m: PlanMember, @Ctx() ctx: Context) {
    return (await ctx.loaders.users.load(m.user.id))!;
  }

  @FieldResolver(() => User, { nullable: true })
  addedBy(@Root() m: PlanMember, @Ctx() ctx: Context) {
    return m.addedBy ? ctx.loaders.users.load(m.addedBy.id) : null;
  }
}
