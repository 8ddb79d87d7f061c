import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { Ref } from '@mikro-orm/core';
import type { Context } from '../../core/context.js';
import { badInput, notFound } from '../../core/errors.js';
import { authorize } from '../../core/auth/policy.js';
import { Region } from '../region/region.entity.js';
import { SpbeFramework } from '../spbe/framework.entity.js';
import { loadFrameworkStructure, type FrameworkStructure } from '../spbe/framework.structure.js';
import { User } from '../user/user.entity.js';
import { Assessment } from './assessment.entity.js';
import { canRecordAssessment } from './assessment.policy.js';
import type { RecordAssessmentInput } from './assessment.types.js';
import { scoreAssessment, type Levels } from './scoring.js';

/** Loads a framework that can be assessed (published, with indicators). */
export async function assessableFramework(em: EntityManager, code: string): Promise<FrameworkStructure> {
  const framework = await em.findOne(SpbeFramework, { code });
  if (!framework) throw notFound(`Framework ${code}`, `Kerangka ${code}`);
  const structure = await loadFrameworkStructure(em, framework.id);
  if (framework.isDraft || structure.indicators.length === 0) {
    throw badInput(`Framework ${code} has no indicators yet and cannot be assessed`, `Kerangka ${code} belum memiliki indikator sehingga belum dapat dinilai`);
  }
  return structure;
}

/** Checks each level against the framework; returns one problem per bad entry. */
export function levelProblems(structure: FrameworkStructure, levels: { indicator: number; level: number }[]) {
  const { minLevel, maxLevel } = structure.framework;
  const known = new Set(structure.indicators.map((i) => i.number));
  const seen = new Set<number>();
  const problems: { indicator: number; en: string; id: string }[] = [];
  for (const { indicator, level } of levels) {
    if (!known.has(indicator)) problems.push({ indicator, en: `indicator ${indicator} is not in this framework`, id: `indikator ${indicator} tidak ada dalam kerangka ini` });
    else if (seen.has(indicator)) problems.push({ indicator, en: `indicator ${indicator} is given twice`, id: `indikator ${indicator} diisi dua kali` });
    else if (!Number.isInteger(level) || level < minLevel || level > maxLevel)
      problems.push({ indicator, en: `level for indicator ${indicator} must be ${minLevel} to ${maxLevel}`, id: `tingkat indikator ${indicator} harus ${minLevel} sampai ${maxLevel}` });
    seen.add(indicator);
  }
  return problems;
}

/** Writes levels into an assessment (new or existing) and refreshes its derived index and predicate. */
export function applyLevels(assessment: Assessment, structure: FrameworkStructure, levels: Levels, actor: Ref<User> | null, replace: boolean) {
  const merged: Levels = replace ? { ...levels } : { ...assessment.levels, ...levels };
  const scores = scoreAssessment(structure.shape, merged);
  assessment.levels = merged;
  assessment.index = scores.index;
  assessment.predicate = scores.predicate;
  assessment.levelCount = scores.levelCount;
  if (actor) assessment.updatedBy = actor;
}

export async function recordAssessment(ctx: Context, input: RecordAssessmentInput): Promise<Assessment> {
  const actor = authorize(ctx, canRecordAssessment, input.regionCode);
  const structure = await assessableFramework(ctx.em, input.frameworkCode);
  const problems = levelProblems(structure, input.levels);
  if (problems.length) {
    throw badInput(
      problems.map((p) => p.en).join('; '),
      problems.map((p) => p.id).join('; '),
      problems.map((p) => ({ field: `levels.${p.indicator}`, message: p.en })),
    );
  }
  if (!(await ctx.em.count(Region, { code: input.regionCode }))) throw notFound(`Region ${input.regionCode}`, `Wilayah ${input.regionCode}`);
  const levels: Levels = Object.fromEntries(input.levels.map((l) => [l.indicator, l.level]));
  const saved = await ctx.em.transactional(async (em) => {
    const assessment = await lockAssessment(em, input.regionCode, structure.framework.id, input.year);
    applyLevels(assessment, structure, levels, em.getReference(User, actor.id, { wrapped: true }), input.replace);
    await em.flush();
    return assessment;
  });
  publishRecorded(ctx, [saved]);
  return saved;
}

/**
 * Returns the assessment row locked for update, creating it first if needed; the insert
 * ignores conflicts so two first-time editors cannot trip the unique constraint, and the
 * lock keeps two merges from losing each other's levels.
 */
export async function lockAssessment(em: EntityManager, regionCode: string, frameworkId: number, year: number): Promise<Assessment> {
  await em.execute(
    `insert into assessment (region_code, framework_id, year, levels) values (?, ?, ?, '{}'::jsonb) on conflict (region_code, framework_id, year) do nothing`,
    [regionCode, frameworkId, year],
  );
  return em.findOneOrFail(Assessment, { region: regionCode, framework: frameworkId, year }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

export function publishRecorded(ctx: Context, saved: Assessment[]): void {
  for (const a of saved) {
    ctx.services.pubsub.publish('ASSESSMENT_RECORDED', a.region.code, { assessmentId: a.id, regionCode: a.region.code });
  }
}
