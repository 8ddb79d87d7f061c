import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../core/context.js';
import { parseId } from '../../../core/ids.js';
import { loadKnown } from '../../../core/loaders.js';
import { runCommand } from '../../../core/commands/runner.js';
import { Cohort, RegionView } from '../../region/index.js';
import { User } from '../../user/index.js';
import { canSeePendingTeam } from '../challenge.policy.js';
import { ChallengeConnection, ChallengeIndicator, ChallengesArgs, OpenChallengeInput, UpdateChallengeInput } from '../challenge.types.js';
import { isOpenToJoin } from '../stages/challenge.stages.js';
import { ChallengeMember, MemberStatus } from '../team/member.entity.js';
import { Challenge, ChallengeTransition, StageDeadline } from './challenge.entity.js';
import { listChallenges, preloadListFields } from './challenge.list.js';
import { openChallengeCommand, updateChallengeCommand } from './challenge.commands.js';

/** The slug of a challenge's cohort, from a managed reference or a read view alike. */
const cohortSlug = (c: Challenge): string | null => (c.cohort as { slug?: string } | null)?.slug ?? null;

@Resolver(() => Challenge)
export class ChallengeResolver {
  @Query(() => ChallengeConnection, { description: 'Living-lab challenges, filtered, latest activity first unless sorted otherwise' })
  async challenges(@Args() args: ChallengesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const page = await listChallenges(ctx.read, args, ctx.user?.id ?? null);
    await preloadListFields(ctx, page, info);
    return page;
  }

  @Query(() => Challenge, { nullable: true })
  challenge(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.challenge.challenge.load(parseId(id, 'id'));
  }

  @FieldResolver(() => Cohort, { nullable: true })
  cohort(@Root() c: Challenge, @Ctx() ctx: Context) {
    const slug = cohortSlug(c);
    return slug ? ctx.loaders.challenge.cohort.load(slug) : null;
  }

  @FieldResolver(() => [RegionView], { description: 'The owning regions, by code' })
  regions(@Root() c: Challenge, @Ctx() ctx: Context) {
    return loadKnown(ctx.loaders.challenge.regions, c.id);
  }

  @FieldResolver(() => [ChallengeIndicator])
  indicators(@Root() c: Challenge, @Ctx() ctx: Context) {
    return loadKnown(ctx.loaders.challenge.indicators, c.id);
  }

  @FieldResolver(() => [StageDeadline])
  deadlines(@Root() c: Challenge): StageDeadline[] {
    return c.deadlines.map((d) => ({ stage: d.stage, dueAt: new Date(d.dueAt) }));
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() c: Challenge, @Ctx() ctx: Context) {
    return ctx.loaders.users.load(c.createdBy.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether people may still ask to join' })
  openToJoin(@Root() c: Challenge): boolean {
    return isOpenToJoin(c.stage);
  }

  @FieldResolver(() => [ChallengeMember], { description: 'Active team members, leads first' })
  async team(@Root() c: Challenge, @Ctx() ctx: Context) {
    return (await ctx.loaders.challenge.members.load(c.id)).filter((m) => m.status === MemberStatus.ACTIVE);
  }

  @FieldResolver(() => Int, { description: 'Active team members' })
  teamCount(@Root() c: Challenge, @Ctx() ctx: Context) {
    return loadKnown(ctx.loaders.challenge.activeCount, c.id);
  }

  @FieldResolver(() => ChallengeMember, { nullable: true, description: "The viewer's own place in the team (also a request or invitation)" })
  async myMembership(@Root() c: Challenge, @Ctx() ctx: Context) {
    const me = ctx.user?.id;
    if (me === undefined) return null;
    return (await ctx.loaders.challenge.members.load(c.id)).find((m) => m.user.id === me) ?? null;
  }

  @FieldResolver(() => [ChallengeMember], { description: 'Requests and invitations not answered yet: for the leads and facilitators, empty for others' })
  async myPendingMembers(@Root() c: Challenge, @Ctx() ctx: Context) {
    if (!ctx.user) return [];
    const rows = await ctx.loaders.challenge.members.load(c.id);
    const membership = rows.find((m) => m.user.id === ctx.user!.id) ?? null;
    if (!canSeePendingTeam(ctx.user, { challenge: c, membership })) return [];
    return rows.filter((m) => m.status !== MemberStatus.ACTIVE);
  }

  @FieldResolver(() => Int, { description: 'Supports of all its solutions together (what MOST_SUPPORTED sorts on)' })
  async supportCount(@Root() c: Challenge, @Ctx() ctx: Context) {
    return (await ctx.loaders.challenge.totals.load(c.id)).supportCount;
  }

  @FieldResolver(() => Int, { description: 'Replications of all its solutions together (what MOST_REPLICATED sorts on)' })
  async replicationCount(@Root() c: Challenge, @Ctx() ctx: Context) {
    return (await ctx.loaders.challenge.totals.load(c.id)).replicationCount;
  }

  @FieldResolver(() => [ChallengeTransition], { description: 'Every stage change, oldest first, starting with the opening' })
  timeline(@Root() c: Challenge, @Ctx() ctx: Context) {
    return ctx.loaders.challenge.timeline.load(c.id);
  }

  @Mutation(() => Challenge, { description: 'Opens a challenge in EXPLORATION; the opener becomes its lead' })
  openChallenge(@Arg('input') input: OpenChallengeInput, @Ctx() ctx: Context) {
    return runCommand(ctx, openChallengeCommand, input);
  }

  @Mutation(() => Challenge)
  updateChallenge(@Arg('input') input: UpdateChallengeInput, @Ctx() ctx: Context) {
    return runCommand(ctx, updateChallengeCommand, input);
  }
}

/** `Region.challenges`: contributed here, so the region module knows nothing of challenges. */
@Resolver(() => RegionView)
export class RegionChallengesResolver {
  @FieldResolver(() => [Challenge], { description: 'Challenges this region owns, latest activity first (at most 50)' })
  async challenges(@Root() region: RegionView, @Arg('first', () => Int, { defaultValue: 10 }) first: number, @Ctx() ctx: Context) {
    return (await ctx.loaders.challenge.ofRegion.load(region.code)).slice(0, Math.max(0, first));
  }
}
