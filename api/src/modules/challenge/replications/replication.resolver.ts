import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { parseId } from '../../../core/ids.js';
import { runCommand } from '../../../core/commands/runner.js';
import { RegionView } from '../../region/index.js';
import { User, isStaff, regionOf } from '../../user/index.js';
import { canReplicateSolution, canUpdateReplication } from '../challenge.policy.js';
import { Challenge } from '../challenges/challenge.entity.js';
import { Solution } from '../solutions/solution.entity.js';
import { regionByCode } from '../solutions/reads/solution.resolver.js';
import { Replication } from './replication.entity.js';
import { isReplicable } from './replication.rules.js';
import { replicateSolutionCommand, updateReplicationCommand } from './replication.commands.js';
import { ReplicateSolutionInput, SolutionLineage, UpdateReplicationInput } from './replication.types.js';

@Resolver(() => Replication)
export class ReplicationResolver {
  @Query(() => Replication, { nullable: true })
  replication(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.replication.replication.load(parseId(id, 'id'));
  }

  @FieldResolver(() => Solution, { nullable: true, description: 'The solution at the root of its lineage' })
  solution(@Root() r: Replication, @Ctx() ctx: Context) {
    return ctx.loaders.solution.solution.load(r.solution.id);
  }

  @FieldResolver(() => Challenge, { nullable: true, description: "The root solution's challenge" })
  async challenge(@Root() r: Replication, @Ctx() ctx: Context) {
    const solution = await ctx.loaders.solution.solution.load(r.solution.id);
    return solution ? ctx.loaders.challenge.challenge.load(solution.challenge.id) : null;
  }

  @FieldResolver(() => Replication, { nullable: true, description: 'The replication this one copies; null when it copies the solution itself' })
  parent(@Root() r: Replication, @Ctx() ctx: Context) {
    const id = r.parent?.id;
    return id ? ctx.loaders.replication.replication.load(id) : null;
  }

  @FieldResolver(() => RegionView, { nullable: true, description: 'The region that copies' })
  region(@Root() r: Replication, @Ctx() ctx: Context) {
    return regionByCode(ctx, r.region.code);
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() r: Replication, @Ctx() ctx: Context) {
    return ctx.loaders.users.load(r.createdBy.id);
  }

  @FieldResolver(() => [Replication], { description: 'Replications copying this one, oldest first' })
  replications(@Root() r: Replication, @Ctx() ctx: Context) {
    return ctx.loaders.replication.children.load(r.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may report on it (an admin of its region, or staff)' })
  viewerCanUpdate(@Root() r: Replication, @Ctx() ctx: Context): boolean {
    return ctx.user !== null && canUpdateReplication(ctx.user, { regionCode: r.region.code });
  }

  @Mutation(() => Replication, { description: 'Region B copies a solution of region A (or C copies B\'s copy): "Tiru solusi ini"' })
  replicateSolution(@Arg('input') input: ReplicateSolutionInput, @Ctx() ctx: Context) {
    return runCommand(ctx, replicateSolutionCommand, input);
  }

  @Mutation(() => Replication, { description: 'The replicating region reports: status (see the table), dates, adaptation, outcome' })
  updateReplication(@Arg('input') input: UpdateReplicationInput, @Ctx() ctx: Context) {
    return runCommand(ctx, updateReplicationCommand, input);
  }
}

/** `Solution.replications` and `Solution.lineage`, beside the solution's own fields. */
@Resolver(() => Solution)
export class SolutionReplicationsResolver {
  @FieldResolver(() => [Replication], { description: 'Replications of the solution itself (the first level of its lineage), oldest first' })
  replications(@Root() s: Solution, @Ctx() ctx: Context) {
    return ctx.loaders.replication.ofSolution.load(s.id);
  }

  @FieldResolver(() => SolutionLineage, { description: 'The whole tree of replications with levels before and after, and its summary' })
  lineage(@Root() s: Solution, @Ctx() ctx: Context) {
    return ctx.loaders.replication.lineage.load(s.id);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may press \"Tiru solusi ini\": it is replicable, and (for a region admin) their region is not in its lineage yet" })
  async viewerCanReplicate(@Root() s: Solution, @Ctx() ctx: Context): Promise<boolean> {
    const me = ctx.user;
    if (!me) return false;
    const staff = isStaff(me);
    const regionCode = regionOf(me);
    if (!staff && !(regionCode && canReplicateSolution(me, { regionCode }))) return false;
    const challenge = await ctx.loaders.challenge.challenge.load(s.challenge.id);
    if (!challenge || !isReplicable(s.status, challenge.stage)) return false;
    // Staff pick the region when they replicate.
    if (staff) return true;
    const lineage = await ctx.loaders.replication.lineage.load(s.id);
    return !lineage.nodes.some((n) => (n.replication ? n.replication.region.code : s.region.code) === regionCode);
  }
}

/** `Region.replications` and the region's part in the living lab, contributed here so the region module knows nothing of challenges. */
@Resolver(() => RegionView)
export class RegionReplicationsResolver {
  @FieldResolver(() => [Replication], { description: 'Solutions this region replicates (studi tiru), newest first (at most 50)' })
  async replications(@Root() region: RegionView, @Arg('first', () => Int, { defaultValue: 10 }) first: number, @Ctx() ctx: Context) {
    return (await ctx.loaders.replication.ofRegion.load(region.code)).slice(0, Math.max(0, first));
  }

  @FieldResolver(() => Int, { description: 'Challenges this region owns (alone or with others)' })
  async challengesOpened(@Root() region: RegionView, @Ctx() ctx: Context) {
    return (await ctx.loaders.replication.profile.load(region.code)).challengesOpened;
  }

  @FieldResolver(() => [Solution], { description: 'Solutions that come from this region (declined ones left out), most replicated first (at most 50)' })
  async solutions(@Root() region: RegionView, @Arg('first', () => Int, { defaultValue: 10 }) first: number, @Ctx() ctx: Context) {
    return (await ctx.loaders.solution.ofRegion.load(region.code)).slice(0, Math.max(0, first));
  }

  @FieldResolver(() => Int, { description: 'Solutions that come from this region' })
  async solutionsShared(@Root() region: RegionView, @Ctx() ctx: Context) {
    return (await ctx.loaders.replication.profile.load(region.code)).solutionsShared;
  }

  @FieldResolver(() => Int, { description: 'Solutions replicated in this region (abandoned ones left out)' })
  async solutionsReplicatedHere(@Root() region: RegionView, @Ctx() ctx: Context) {
    return (await ctx.loaders.replication.profile.load(region.code)).solutionsReplicatedHere;
  }
}
