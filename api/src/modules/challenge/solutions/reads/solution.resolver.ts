import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../../core/context.js';
import { parseId } from '../../../../core/ids.js';
import { loadKnown } from '../../../../core/loaders.js';
import { RegionView, allRegions } from '../../../region/index.js';
import { User, regionOf } from '../../../user/index.js';
import { canDecideSolution, canEditSolution, canEndorseSolution, canRecordResult, type SolutionInTeam } from '../../challenge.policy.js';
import { ChallengeIndicator } from '../../challenge.types.js';
import { Challenge } from '../../challenges/challenge.entity.js';
import { Solution, SolutionEndorsement, SolutionRevision, SolutionStatus } from '../solution.entity.js';
import { SolutionResult } from '../result.entity.js';
import { SolutionLink } from '../solution.types.js';

/** A region by code from the process-wide directory (reference data, read once). */
export async function regionByCode(ctx: Context, code: string | null | undefined): Promise<RegionView | null> {
  return code ? ((await allRegions(ctx.em)).get(code) ?? null) : null;
}

/** The solution in its challenge with the viewer's row in the team, from the request's batched loaders (null when signed out or gone). */
async function inTeam(ctx: Context, s: Solution): Promise<SolutionInTeam | null> {
  const me = ctx.user?.id;
  if (me === undefined) return null;
  const [challenge, members] = await Promise.all([ctx.loaders.challenge.challenge.load(s.challenge.id), ctx.loaders.challenge.members.load(s.challenge.id)]);
  return challenge ? { solution: s, challenge, membership: members.find((m) => m.user.id === me) ?? null } : null;
}

@Resolver(() => Solution)
export class SolutionResolver {
  @Query(() => Solution, { nullable: true })
  solution(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.solution.solution.load(parseId(id, 'id'));
  }

  @FieldResolver(() => Challenge, { nullable: true })
  challenge(@Root() s: Solution, @Ctx() ctx: Context) {
    return ctx.loaders.challenge.challenge.load(s.challenge.id);
  }

  @FieldResolver(() => User, { nullable: true })
  author(@Root() s: Solution, @Ctx() ctx: Context) {
    return ctx.loaders.users.load(s.author.id);
  }

  @FieldResolver(() => RegionView, { nullable: true, description: "The author's region when it was proposed: where the solution comes from" })
  region(@Root() s: Solution, @Ctx() ctx: Context) {
    return regionByCode(ctx, s.region.code);
  }

  @FieldResolver(() => [SolutionLink])
  links(@Root() s: Solution): SolutionLink[] {
    return s.links;
  }

  @FieldResolver(() => [ChallengeIndicator], { description: 'The indicators it should raise' })
  indicators(@Root() s: Solution, @Ctx() ctx: Context) {
    return ctx.loaders.solution.indicators.load(s.id);
  }

  @FieldResolver(() => Boolean)
  supportedByMe(@Root() s: Solution, @Ctx() ctx: Context) {
    return ctx.loaders.solution.supportedByMe.load(s.id);
  }

  @FieldResolver(() => [SolutionEndorsement], { description: 'Regions endorsing it, oldest first' })
  endorsements(@Root() s: Solution, @Ctx() ctx: Context) {
    return ctx.loaders.solution.endorsements.load(s.id);
  }

  @FieldResolver(() => [SolutionRevision], { description: 'Earlier versions, newest first (at most 50)' })
  revisions(@Root() s: Solution, @Ctx() ctx: Context) {
    return ctx.loaders.solution.revisions.load(s.id);
  }

  @FieldResolver(() => [SolutionResult], { description: 'Measured results of its trial, oldest first' })
  results(@Root() s: Solution, @Ctx() ctx: Context) {
    return ctx.loaders.solution.results.load(s.id);
  }

  @FieldResolver(() => [RegionView], { description: 'Regions trying it (the trial plan)' })
  async trialRegions(@Root() s: Solution, @Ctx() ctx: Context) {
    const [codes, regions] = await Promise.all([ctx.loaders.solution.trialRegionCodes.load(s.id), allRegions(ctx.em)]);
    return codes.map((c) => regions.get(c)).filter((r): r is RegionView => r !== undefined);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may edit it (its author, while the challenge is open)' })
  async viewerCanEdit(@Root() s: Solution, @Ctx() ctx: Context) {
    const t = await inTeam(ctx, s);
    return !!t && canEditSolution(ctx.user!, t);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may select or decline it (leads, facilitators)' })
  async viewerCanDecide(@Root() s: Solution, @Ctx() ctx: Context) {
    const t = await inTeam(ctx, s);
    return !!t && canDecideSolution(ctx.user!, t);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may record results (the team, facilitators), once it is selected" })
  async viewerCanRecordResult(@Root() s: Solution, @Ctx() ctx: Context) {
    const t = await inTeam(ctx, s);
    return !!t && s.status === SolutionStatus.SELECTED && canRecordResult(ctx.user!, t);
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may endorse it for their region (a region admin whose region has not yet)" })
  async viewerCanEndorse(@Root() s: Solution, @Ctx() ctx: Context) {
    const t = await inTeam(ctx, s);
    const regionCode = ctx.user ? regionOf(ctx.user) : null;
    if (!t || !regionCode || !canEndorseSolution(ctx.user!, { challenge: t.challenge, regionCode })) return false;
    return !(await ctx.loaders.solution.endorsements.load(s.id)).some((e) => e.region.code === regionCode);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who selected or declined it' })
  decidedBy(@Root() s: Solution, @Ctx() ctx: Context) {
    return s.decidedBy ? ctx.loaders.users.load(s.decidedBy.id) : null;
  }
}

/** `Challenge.solutions` and `Challenge.solutionCount`, contributed beside the challenge's own fields. */
@Resolver(() => Challenge)
export class ChallengeSolutionsResolver {
  @FieldResolver(() => [Solution], { description: 'Selected first, then proposed, then declined; each by supports, then newest (at most 200)' })
  solutions(@Root() c: Challenge, @Ctx() ctx: Context) {
    return ctx.loaders.solution.ofChallenge.load(c.id);
  }

  @FieldResolver(() => Int)
  solutionCount(@Root() c: Challenge, @Ctx() ctx: Context) {
    return loadKnown(ctx.loaders.solution.countOfChallenge, c.id);
  }
}

@Resolver(() => SolutionEndorsement)
export class SolutionEndorsementResolver {
  @FieldResolver(() => RegionView, { nullable: true })
  region(@Root() e: SolutionEndorsement, @Ctx() ctx: Context) {
    return regionByCode(ctx, e.region.code);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The region admin who gave it' })
  by(@Root() e: SolutionEndorsement, @Ctx() ctx: Context) {
    return ctx.loaders.users.load(e.by.id);
  }
}

@Resolver(() => SolutionRevision)
export class SolutionRevisionResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who replaced this version' })
  editor(@Root() r: SolutionRevision, @Ctx() ctx: Context) {
    return ctx.loaders.users.load(r.editor.id);
  }
}

@Resolver(() => SolutionResult)
export class SolutionResultResolver {
  @FieldResolver(() => RegionView, { nullable: true, description: 'The trial region that measured it' })
  region(@Root() r: SolutionResult, @Ctx() ctx: Context) {
    return regionByCode(ctx, r.region?.code);
  }

  @FieldResolver(() => User, { nullable: true })
  recordedBy(@Root() r: SolutionResult, @Ctx() ctx: Context) {
    return ctx.loaders.users.load(r.recordedBy.id);
  }

  @FieldResolver(() => Solution, { nullable: true })
  solution(@Root() r: SolutionResult, @Ctx() ctx: Context) {
    return ctx.loaders.solution.solution.load(r.solution.id);
  }
}
