import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { execute } from '../../core/db/query.js';
import { badInput, notFound } from '../../core/errors.js';
import { SpbeFramework, loadFrameworkStructure, scoreAssessment, type FrameworkStructure, type Levels } from '../spbe/index.js';
import { User } from '../user/index.js';
import { Assessment } from './assessment.entity.js';
import { assessmentMessages as m } from './assessment.messages.js';
import { ensureAssessmentSql } from './assessment.sql.js';

/** A framework that can be assessed (published, with indicators). */
export async function assessableFramework(em: EntityManager, code: string): Promise<FrameworkStructure> {
  const framework = await em.findOne(SpbeFramework, { code });
  if (!framework) throw notFound(m.frameworkNotFound, { code });
  const structure = await loadFrameworkStructure(em, framework.id);
  if (framework.isDraft || structure.indicators.length === 0) throw badInput(m.frameworkNotAssessable, { code });
  return structure;
}

/** Checks each level against the framework; one problem per bad entry. */
export function levelProblems(structure: FrameworkStructure, levels: { indicator: number; level: number }[]) {
  const { minLevel, maxLevel } = structure.framework;
  const known = new Set(structure.indicators.map((i) => i.number));
  const seen = new Set<number>();
  const problems: { indicator: number; message: typeof m.levelRange; params: Record<string, number> }[] = [];
  for (const { indicator, level } of levels) {
    if (!known.has(indicator)) problems.push({ indicator, message: m.indicatorUnknown, params: { indicator } });
    else if (seen.has(indicator)) problems.push({ indicator, message: m.indicatorTwice, params: { indicator } });
    else if (!Number.isInteger(level) || level < minLevel || level > maxLevel) problems.push({ indicator, message: m.levelRange, params: { indicator, min: minLevel, max: maxLevel } });
    seen.add(indicator);
  }
  return problems;
}

/** Writes levels into an assessment (new or existing) and refreshes its derived index and predicate. */
export function applyLevels(assessment: Assessment, structure: FrameworkStructure, levels: Levels, actorId: number | null, replace: boolean, em?: EntityManager) {
  const merged: Levels = replace ? { ...levels } : { ...assessment.levels, ...levels };
  const scores = scoreAssessment(structure.shape, merged);
  assessment.levels = merged;
  assessment.index = scores.index;
  assessment.predicate = scores.predicate;
  assessment.levelCount = scores.levelCount;
  if (actorId !== null && em) assessment.updatedBy = em.getReference(User, actorId, { wrapped: true });
}

/**
 * The assessment row locked for update, created first if needed: the insert ignores conflicts so
 * two first-time editors cannot trip the unique constraint, and the lock keeps two merges from
 * losing each other's levels.
 */
export async function lockAssessment(em: EntityManager, regionCode: string, frameworkId: number, year: number): Promise<Assessment> {
  await execute(em, ensureAssessmentSql(regionCode, frameworkId, year));
  return em.findOneOrFail(Assessment, { region: regionCode, framework: frameworkId, year }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

