import { Arg, Ctx, FieldResolver, Float, Int, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireUser } from '../../core/auth/policy.js';
import { freshForEvent } from '../../core/loaders.js';
import { notFound } from '../../core/errors.js';
import { Region } from '../region/index.js';
import { RegionView } from '../region/index.js';
import { SpbeFramework } from '../spbe/index.js';
import { Assessment } from './assessment.entity.js';
import { AspectScore, DomainScore, ImportAssessmentsPayload, IndicatorLevel, RecordAssessmentInput } from './assessment.types.js';
import { runCommand } from '../../core/commands/runner.js';
import { importAssessmentsCommand, recordAssessmentCommand } from './assessment.commands.js';
import { scoreAssessment } from '../spbe/index.js';
import type { Events } from '../../core/events/bus.js';
import { canRecordAssessment, canSeeDrafts } from './assessment.policy.js';
import { assessmentsKey } from './assessment.loaders.js';
import { assessmentMessages as m } from './assessment.messages.js';

type Recorded = Events['ASSESSMENT_RECORDED'][1];

const DEFAULT_FRAMEWORK = 'SPBE-2020';

async function assessmentsOf(ctx: Context, regionCode: string, frameworkCode: string): Promise<Assessment[]> {
  const framework = await ctx.loaders.frameworkByCode.load(frameworkCode);
  if (!framework) return [];
  return ctx.loaders.assessments.load(assessmentsKey(framework.id, regionCode, canSeeDrafts(ctx.user, regionCode)));
}

@Resolver(() => RegionView)
export class RegionAssessmentsResolver {
  @FieldResolver(() => [Assessment], { description: "The region's assessments for a framework, oldest year first; drafts (no index) only for the region's own people and staff" })
  assessments(@Root() region: Pick<Region, 'code'>, @Arg('frameworkCode', { defaultValue: DEFAULT_FRAMEWORK }) frameworkCode: string, @Ctx() ctx: Context) {
    return assessmentsOf(ctx, region.code, frameworkCode);
  }

  @FieldResolver(() => Assessment, { nullable: true, description: 'The most recent complete assessment (one with an index)' })
  async latestAssessment(@Root() region: Pick<Region, 'code'>, @Arg('frameworkCode', { defaultValue: DEFAULT_FRAMEWORK }) frameworkCode: string, @Ctx() ctx: Context) {
    const all = await assessmentsOf(ctx, region.code, frameworkCode);
    return all.filter((a) => a.index !== null).at(-1) ?? null;
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer may record this region's assessments (its region admin, or staff)" })
  viewerCanRecordAssessment(@Root() region: Pick<Region, 'code'>, @Ctx() ctx: Context): boolean {
    return ctx.user !== null && canRecordAssessment(ctx.user, region.code);
  }
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  @FieldResolver(() => RegionView)
  async region(@Root() a: Assessment, @Ctx() ctx: Context) {
    return (await ctx.loaders.region.load(a.region.code))!;
  }

  @FieldResolver(() => SpbeFramework)
  async framework(@Root() a: Assessment, @Ctx() ctx: Context) {
    return (await ctx.loaders.frameworkStructure.load(a.framework.id)).framework;
  }

  @FieldResolver(() => Float, { description: 'Share of indicators with a level, 0 to 1' })
  async completeness(@Root() a: Assessment, @Ctx() ctx: Context) {
    const s = await ctx.loaders.frameworkStructure.load(a.framework.id);
    return scoreAssessment(s.shape, a.levels).completeness;
  }

  @FieldResolver(() => Float, { nullable: true, description: "What the levels so far give: the weighted mean over indicators with a level (a draft's running index); equals index once complete, null with no level" })
  async provisionalIndex(@Root() a: Assessment, @Ctx() ctx: Context) {
    const s = await ctx.loaders.frameworkStructure.load(a.framework.id);
    return scoreAssessment(s.shape, a.levels).provisionalIndex;
  }

  @FieldResolver(() => Int)
  async indicatorCount(@Root() a: Assessment, @Ctx() ctx: Context) {
    return (await ctx.loaders.frameworkStructure.load(a.framework.id)).indicators.length;
  }

  @FieldResolver(() => [DomainScore])
  async domainScores(@Root() a: Assessment, @Ctx() ctx: Context): Promise<DomainScore[]> {
    const s = await ctx.loaders.frameworkStructure.load(a.framework.id);
    const byNumber = new Map(s.domains.map((d) => [d.number, d]));
    return scoreAssessment(s.shape, a.levels).domainScores.map((g) => ({ ...g, domain: byNumber.get(g.number)! }));
  }

  @FieldResolver(() => [AspectScore])
  async aspectScores(@Root() a: Assessment, @Ctx() ctx: Context): Promise<AspectScore[]> {
    const s = await ctx.loaders.frameworkStructure.load(a.framework.id);
    const byNumber = new Map(s.aspects.map((x) => [x.number, x]));
    return scoreAssessment(s.shape, a.levels).aspectScores.map((g) => ({ ...g, aspect: byNumber.get(g.number)! }));
  }

  @FieldResolver(() => [IndicatorLevel])
  levels(@Root() a: Assessment): IndicatorLevel[] {
    return Object.entries(a.levels)
      .map(([indicator, level]) => ({ indicator: Number(indicator), level }))
      .sort((x, y) => x.indicator - y.indicator);
  }

  @Mutation(() => Assessment, { description: 'Records (merges or replaces) levels of one assessment; partial assessments are drafts' })
  recordAssessment(@Arg('input') input: RecordAssessmentInput, @Ctx() ctx: Context) {
    return runCommand(ctx, recordAssessmentCommand, input);
  }

  @Mutation(() => ImportAssessmentsPayload, { description: 'Imports a year from CSV (region_code,i1..iN): all rows or none' })
  importAssessments(
    @Arg('frameworkCode') frameworkCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('csv') csv: string,
    @Ctx() ctx: Context,
  ) {
    return runCommand(ctx, importAssessmentsCommand, { frameworkCode, year, csv });
  }

  @Subscription(() => Assessment, {
    description: "Fires after an assessment of this region is committed",
    topics: 'ASSESSMENT_RECORDED',
    topicId: ({ args }: { args: { regionCode: string } }) => args.regionCode,
    // Checked per subscriber on every event, with the session as it is now.
    filter: ({ payload, context }: { payload: Recorded; context: Context }) => payload.complete || canSeeDrafts(context.user, payload.regionCode),
  })
  async assessmentRecorded(
    @Root() event: Recorded,
    @Arg('regionCode') _regionCode: string,
    @Ctx() ctx: Context,
  ): Promise<Assessment> {
    requireUser(ctx);
    freshForEvent(ctx, event);
    const assessment = await ctx.em.findOneOrFail(Assessment, event.assessmentId);
    // A later write may have made it a draft again since the event.
    if (assessment.index === null && !canSeeDrafts(ctx.user, assessment.region.code)) throw notFound(m.assessmentNotFound);
    return assessment;
  }
}
