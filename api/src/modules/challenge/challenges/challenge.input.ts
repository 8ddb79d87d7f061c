import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../../core/errors.js';
import { Cohort } from '../../region/index.js';
import { SpbeFramework, loadFrameworkStructure } from '../../spbe/index.js';
import { CHALLENGE_LIMITS as L } from '../challenge.limits.js';
import { challengeMessages as m } from '../challenge.messages.js';
import type { InTeam } from '../challenge.policy.js';
import { hasDeadline } from '../stages/challenge.stages.js';
import { ChallengeMember } from '../team/member.entity.js';
import { Challenge, type StoredDeadline } from './challenge.entity.js';
import type { IndicatorRefInput, StageDeadlineInput } from '../challenge.types.js';

const field = (name: string, message: string) => [{ field: name, message }];

export function checkTitle(title: string): string {
  const t = title.trim();
  if (t.length < L.titleMin || t.length > L.titleMax) throw badInput(m.titleLength, { min: L.titleMin, max: L.titleMax }, field('title', 'length'));
  return t;
}

export function checkProblem(markdown: string): string {
  const t = markdown.trim();
  if (t.length < L.problemMin || t.length > L.problemMax) throw badInput(m.problemLength, { min: L.problemMin, max: L.problemMax }, field('problemMarkdown', 'length'));
  return t;
}

/** Tags lower-cased and unique, so `Layanan Publik` and `layanan publik` are one tag. */
export function checkTags(tags: readonly string[]): string[] {
  const out = [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
  if (out.length > L.tagsMax || out.some((t) => t.length > L.tagMax)) throw badInput(m.tagsInvalid, { max: L.tagsMax, length: L.tagMax }, field('tags', 'invalid'));
  return out;
}

export function checkDeadlines(deadlines: readonly StageDeadlineInput[]): StoredDeadline[] {
  const stages = new Set(deadlines.map((d) => d.stage));
  if (stages.size !== deadlines.length || deadlines.some((d) => !hasDeadline(d.stage) || Number.isNaN(d.dueAt.getTime()))) {
    throw badInput(m.deadlineInvalid, {}, field('deadlines', 'invalid'));
  }
  return deadlines.map((d) => ({ stage: d.stage, dueAt: d.dueAt.toISOString() }));
}

export function checkIndicatorCount(refs: readonly IndicatorRefInput[]): IndicatorRefInput[] {
  const unique = [...new Map(refs.map((r) => [`${r.framework.trim()}#${r.number}`, { framework: r.framework.trim(), number: r.number }])).values()];
  if (unique.length < 1 || unique.length > L.indicatorsMax) throw badInput(m.indicatorsCount, { max: L.indicatorsMax }, field('indicators', 'count'));
  return unique;
}

export function checkNote(note: string | null | undefined): string | null {
  const t = note?.trim() || null;
  if (t && t.length > L.noteMax) throw badInput(m.noteTooLong, { max: L.noteMax }, field('note', 'length'));
  return t;
}

/** The indicators' ids, each checked against its framework's published tree. */
export async function resolveIndicators(em: EntityManager, refs: readonly IndicatorRefInput[]): Promise<number[]> {
  const ids: number[] = [];
  for (const code of new Set(refs.map((r) => r.framework))) {
    const framework = await em.findOne(SpbeFramework, { code });
    if (!framework) throw badInput(m.unknownFramework, { framework: code }, field('indicators', 'unknown framework'));
    const byNumber = new Map((await loadFrameworkStructure(em, framework.id)).indicators.map((i) => [i.number, i.id]));
    for (const ref of refs.filter((r) => r.framework === code)) {
      const id = byNumber.get(ref.number);
      if (id === undefined) throw badInput(m.unknownIndicator, { framework: code, number: ref.number }, field('indicators', 'unknown indicator'));
      ids.push(id);
    }
  }
  return ids;
}

export async function checkCohort(em: EntityManager, slug: string): Promise<void> {
  if (!(await em.count(Cohort, { slug }))) throw notFound(m.cohortNotFound, { slug });
}

/** The challenge (locked when the change depends on its team staying as read) and the actor's row in its team. */
export async function loadInTeam(em: EntityManager, challengeId: number, userId: number, lock = false): Promise<InTeam> {
  const challenge = await em.findOne(Challenge, challengeId, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!challenge) throw notFound(m.challengeNotFound);
  const membership = await em.findOne(ChallengeMember, { challenge: challengeId, user: userId });
  return { challenge, membership };
}

/** Team and stage changes count as activity: the list sorts by it. */
export function touch(challenge: Challenge, edited = false): void {
  const now = new Date();
  challenge.lastActivityAt = now;
  if (edited) challenge.updatedAt = now;
}
