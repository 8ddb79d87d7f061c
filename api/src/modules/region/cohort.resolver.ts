import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Cohort } from './cohort.entity.js';
import { Region } from './region.entity.js';
import { RegionView } from './region.view.js';
import { cohortMembersSql, regionView, type RegionSqlRow } from './region.rows.js';
import { CohortMembersInput, CreateCohortInput } from './region.types.js';
import { runCommand } from '../../core/commands/runner.js';
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
    return ctx.em.count(Region, { cohorts: cohort.slug });
  }

  @FieldResolver(() => [RegionView], { description: 'Member regions ordered by code' })
  async members(@Root() cohort: Cohort, @Ctx() ctx: Context): Promise<RegionView[]> {
    const rows = await ctx.read<RegionSqlRow>(cohortMembersSql(cohort.slug));
    return rows.map(regionView);
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
