import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { requireUser } from '../../../core/auth/policy.js';
import { parseId } from '../../../core/ids.js';
import { runCommand } from '../../../core/commands/runner.js';
import { Plan, PlanMember } from './plan.entity.js';
import { PlanItem } from '../items/item.entity.js';
import { CreatePlanInput, DeletePlanItemInput, PlanConnection, PlansArgs, SetPlanMemberInput, UpdatePlanInput, UpsertPlanItemInput } from '../plan.types.js';
import { listPlans } from './plan.list.js';
import { readablePlan } from '../reads/plan.reads.js';
import { createPlanCommand, updatePlanCommand } from './plan.commands.js';
import { removePlanMemberCommand, setPlanMemberCommand } from '../members/member.commands.js';
import { deletePlanItemCommand, upsertPlanItemCommand } from '../items/item.commands.js';

@Resolver()
export class PlanResolver {
  @Query(() => PlanConnection, { description: 'Improvement plans the viewer may read (members, the region, facilitators; approved plans for everyone signed in), latest change first' })
  plans(@Args() args: PlansArgs, @Ctx() ctx: Context) {
    return listPlans(ctx.read, requireUser(ctx), args);
  }

  @Query(() => Plan, { nullable: true, description: 'A plan, or null when it does not exist or the viewer may not read it' })
  plan(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    requireUser(ctx);
    return readablePlan(ctx, parseId(id, 'id'));
  }

  @Mutation(() => Plan, { description: 'Creates a DRAFT plan; the creator becomes its EDITOR. Optionally from a solution or a copy of an approved plan' })
  createPlan(@Arg('input') input: CreatePlanInput, @Ctx() ctx: Context) {
    return runCommand(ctx, createPlanCommand, input);
  }

  @Mutation(() => Plan, { description: 'A new title (editors) or state (editors submit and withdraw; reviewers approve or ask for changes)' })
  updatePlan(@Arg('input') input: UpdatePlanInput, @Ctx() ctx: Context) {
    return runCommand(ctx, updatePlanCommand, input);
  }

  @Mutation(() => PlanMember, { description: "Adds a person to the plan or changes their role (the region's people, mentors and facilitators)" })
  setPlanMember(@Arg('input') input: SetPlanMemberInput, @Ctx() ctx: Context) {
    return runCommand(ctx, setPlanMemberCommand, input);
  }

  @Mutation(() => Plan, { description: 'Removes a person from the plan (or oneself); a plan keeps at least one editor' })
  removePlanMember(@Arg('planId', () => ID) planId: string, @Arg('userId', () => ID) userId: string, @Ctx() ctx: Context) {
    return runCommand(ctx, removePlanMemberCommand, { planId, userId });
  }

  @Mutation(() => PlanItem, { description: 'Creates or changes the item of one indicator; only the fields given change, each stamped with who changed it' })
  upsertPlanItem(@Arg('input') input: UpsertPlanItemInput, @Ctx() ctx: Context) {
    return runCommand(ctx, upsertPlanItemCommand, input);
  }

  @Mutation(() => Plan)
  deletePlanItem(@Arg('input') input: DeletePlanItemInput, @Ctx() ctx: Context) {
    return runCommand(ctx, deletePlanItemCommand, input);
  }
}
