import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Tx } from '../../../core/commands/command.js';
import { badInput, notFound } from '../../../core/errors.js';
import { SOLUTION_LIMITS as L } from '../challenge.limits.js';
import { challengeMessages as m } from '../challenge.messages.js';
import type { SolutionInTeam } from '../challenge.policy.js';
import { Challenge } from '../challenges/challenge.entity.js';
import { touch } from '../challenges/challenge.input.js';
import type { ChallengeEventKind } from '../challenges/challenge.events.js';
import { ChallengeMember } from '../team/member.entity.js';
import type { IndicatorRefInput } from '../challenge.types.js';
import { Solution, type StoredLink } from './solution.entity.js';
import type { SolutionLinkInput } from './solution.types.js';
import '../challenges/challenge.events.js';

const field = (name: string, message: string) => [{ field: name, message }];

/** Trimmed text within [min, max], else the message with its bounds. */
function bounded(text: string, min: number, max: number, message: typeof m.titleLength, name: string): string {
  const t = text.trim();
  if (t.length < min || t.length > max) throw badInput(message, { min, max }, field(name, 'length'));
  return t;
}

export const checkSolutionTitle = (title: string) => bounded(title, L.solutionTitleMin, L.solutionTitleMax, m.solutionTitleLength, 'title');
export const checkDescription = (markdown: string) => bounded(markdown, L.descriptionMin, L.descriptionMax, m.descriptionLength, 'descriptionMarkdown');
export const checkStatement = (statement: string) => bounded(statement, L.statementMin, L.statementMax, m.statementLength, 'statement');

/** Optional free text: blank is none; over `max` is refused. */
export function optionalText(text: string | null | undefined, max: number, message: typeof m.needsTooLong, name: string): string | null {
  const t = text?.trim() || null;
  if (t && t.length > max) throw badInput(message, { max }, field(name, 'length'));
  return t;
}

export const checkNeeds = (text: string | null | undefined, name: string) => optionalText(text, L.needsMax, m.needsTooLong, name);

const isWebAddress = (url: string): boolean => {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
};

/** Links as stored: http(s) only (no javascript: or data: addresses reach a page), labelled, bounded. */
export function checkLinks(links: readonly SolutionLinkInput[]): StoredLink[] {
  const out = links.map((l) => ({ kind: l.kind, label: l.label.trim(), url: l.url.trim() }));
  const bad = out.length > L.linksMax || out.some((l) => !l.label || l.label.length > L.linkLabelMax || l.url.length > L.linkUrlMax || !isWebAddress(l.url));
  if (bad) throw badInput(m.linksInvalid, { max: L.linksMax, urlMax: L.linkUrlMax, labelMax: L.linkLabelMax }, field('links', 'invalid'));
  return out;
}

export function checkSolutionIndicators(refs: readonly IndicatorRefInput[]): IndicatorRefInput[] {
  const unique = [...new Map(refs.map((r) => [`${r.framework.trim()}#${r.number}`, { framework: r.framework.trim(), number: r.number }])).values()];
  if (unique.length < 1 || unique.length > L.solutionIndicatorsMax) throw badInput(m.solutionIndicatorsCount, { max: L.solutionIndicatorsMax }, field('indicators', 'count'));
  return unique;
}

/** The challenge and the actor's row in its team, without locks (proposals change no shared row but the activity time). */
export async function loadChallengeFor(em: EntityManager, challengeId: number, userId: number) {
  const challenge = await em.findOne(Challenge, challengeId);
  if (!challenge) throw notFound(m.challengeNotFound);
  const membership = await em.findOne(ChallengeMember, { challenge: challengeId, user: userId });
  return { challenge, membership };
}

/**
 * A solution (locked when the change depends on its counters or status as read), its challenge
 * and the actor's row in the team. The solution is always locked before the challenge row is
 * written (by `touch` at flush), so solution commands never wait on each other in a cycle.
 */
export async function loadSolution(em: EntityManager, solutionId: number, userId: number, lock = false): Promise<SolutionInTeam> {
  const solution = await em.findOne(Solution, solutionId, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!solution) throw notFound(m.solutionNotFound);
  return { solution, ...(await loadChallengeFor(em, solution.challenge.id, userId)) };
}

/** Every solution change is activity on its challenge, announced to its page after commit (ids only). */
export function solutionChanged(tx: Pick<Tx, 'emit'>, challenge: Challenge, solutionId: number, kind: ChallengeEventKind): void {
  touch(challenge);
  tx.emit('CHALLENGE_EVENT', String(challenge.id), { kind, challengeId: challenge.id, solutionId });
}
