import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../../core/errors.js';
import { query } from '../../../core/db/query.js';
import { SpbeFramework, loadFrameworkStructure, type FrameworkStructure, type Levels } from '../../spbe/index.js';
import { PLAN_LIMITS as L } from '../plan.limits.js';
import { planMessages as m } from '../plan.messages.js';
import { Plan, PlanMember } from './plan.entity.js';
import type { InPlan } from '../plan.policy.js';
import { latestCompleteSql, type BaseLevelsRow } from '../reads/plan.sql.js';

const field = (name: string, message: string) => [{ field: name, message }];

export function checkTitle(title: string): string {
  const t = title.trim();
  if (t.length < L.planTitleMin || t.length > L.planTitleMax) throw badInput(m.titleLength, { min: L.planTitleMin, max: L.planTitleMax }, field('title', 'length'));
  return t;
}

export function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < L.planYearMin || year > L.planYearMax) throw badInput(m.yearRange, { min: L.planYearMin, max: L.planYearMax }, field('year', 'range'));
  return year;
}

export function checkActions(actions: string): string {
  const t = actions.trim();
  if (t.length > L.planActionsMax) throw badInput(m.actionsTooLong, { max: L.planActionsMax }, field('actions', 'length'));
  return t;
}

/** A calendar day as YYYY-MM-DD, or null to clear it. */
export function checkDueOn(day: string | null): string | null {
  if (day === null || day.trim() === '') return null;
  const t = day.trim();
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(t) ? new Date(`${t}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== t) throw badInput(m.dueOnInvalid, {}, field('dueOn', 'invalid'));
  return t;
}

/** A framework plans can be written for: published, with indicators. */
export async function plannableFramework(em: EntityManager, code: string): Promise<FrameworkStructure> {
  const framework = await em.findOne(SpbeFramework, { code });
  if (!framework) throw badInput(m.frameworkNotFound, { code }, field('frameworkCode', 'unknown'));
  const structure = await loadFrameworkStructure(em, framework.id);
  if (framework.isDraft || structure.indicators.length === 0) throw badInput(m.frameworkNotPlannable, { code }, field('frameworkCode', 'draft'));
  return structure;
}

/** The plan (locked when the change must not race another on the same plan) and the actor's membership. */
export async function loadInPlan(em: EntityManager, planId: number, userId: number, lock = false): Promise<InPlan & { plan: Plan; membership: PlanMember | null }> {
  const plan = await em.findOne(Plan, planId, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!plan) throw notFound(m.planNotFound);
  const membership = await em.findOne(PlanMember, { plan: planId, user: userId });
  return { plan, membership };
}

/** The levels of the region's latest complete assessment of the framework ({} if none). */
export async function currentLevels(em: EntityManager, regionCode: string, frameworkId: number): Promise<Levels> {
  const [row] = await query<BaseLevelsRow>(em, latestCompleteSql([regionCode], [frameworkId]));
  return row ? Object.fromEntries(Object.entries(row.levels).map(([n, l]) => [Number(n), l])) : {};
}

export function touch(plan: Plan): void {
  plan.updatedAt = new Date();
}
