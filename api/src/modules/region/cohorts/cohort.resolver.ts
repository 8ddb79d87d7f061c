import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { Cohort } from './cohort.entity.js';
import { RegionView } from '../directory/region.view.js';
import { CohortMembersInput, CreateCohortInput } from '../region.types.js';
import { runCommand } from '../../../core/commands/runner.js';
import { addCohortMembersCommand, createCohortCommand, removeCohortMembersCommand } from './cohort.commands.js';

@Resolver(() => Cohort)
export class CohortResolver {
  @Query(() => [Cohort])
  cohorts(@Ctx() ctx: Context) {
    return ctx.em.find(Cohort, {}, { orderBy: { name: 'asc' } });
  }

  @Query(() => Cohort, { nullable: true })
  cohort(@Arg('slug') slug: string, @Ctx() ctx: Context) {
    return ctx.em.findOne(Cohort, { slug });
  }

  @FieldResolver(() => Int)
  async memberCount(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.cohortMembers.load(cohort.slug)).length;
  }

  @FieldResolver(() => [RegionView], { description: 'Member regions ordered by code' })
  async members(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<RegionView[]> {
    return ctx.loaders.cohortMembers.load(cohort.slug);
  }

  @Mutation(() => Cohort)
  createCohort(@Arg('input') input: CreateCohortInput, @Ctx() ctx: Context) {
    return runCommand(ctx, createCohortCommand, input);
  }

  @Mutation(() => Cohort, { description: 'Adds regions to a cohort; regions already in it are left as they are' })
  addCohortMembers(@Arg('input') input: CohortMembersInput, @Ctx() ctx: Context) {
    return runCommand(ctx, addCohortMembersCommand, input);
  }

  @Mutation(() => Cohort)
  removeCohortMembers(@Arg('input') input: CohortMembersInput, @Ctx() ctx: Context) {
    return runCommand(ctx, removeCohortMembersCommand, input);
  }
}
