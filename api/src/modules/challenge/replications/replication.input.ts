import type { Tx } from '../../../core/commands/command.js';
import { badInput } from '../../../core/errors.js';
import { renderMarkdown } from '../../forum/index.js';
import { REPLICATION_LIMITS as L } from '../challenge.limits.js';
import { challengeMessages as m } from '../challenge.messages.js';
import type { Challenge } from '../challenges/challenge.entity.js';
import { touch } from '../challenges/challenge.input.js';
import type { ChallengeEventKind } from '../challenges/challenge.events.js';
import { optionalText } from '../solutions/solution.input.js';
import type { Replication } from './replication.entity.js';
import '../challenges/challenge.events.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day as YYYY-MM-DD; undefined (left as it is) and null (cleared) pass through. */
export function checkDay(day: string | null | undefined, name: string): string | null | undefined {
  if (day === undefined || day === null) return day;
  const d = day.trim();
  // Round-tripping through Date refuses 2027-02-30 as well as anything not shaped like a day.
  if (!DAY.test(d) || Number.isNaN(Date.parse(d)) || new Date(d).toISOString().slice(0, 10) !== d) throw badInput(m.replicationDatesInvalid, {}, [{ field: name, message: 'invalid' }]);
  return d;
}

/** The end is not before the start (YYYY-MM-DD compares as text). */
export function checkSpan(startsOn: string | null | undefined, endsOn: string | null | undefined): void {
  if (startsOn && endsOn && endsOn < startsOn) throw badInput(m.replicationDatesInvalid, {}, [{ field: 'endsOn', message: 'before start' }]);
}

export const checkAdaptation = (text: string | null | undefined) => (text === undefined ? undefined : optionalText(text, L.adaptationMax, m.adaptationTooLong, 'adaptationMarkdown'));
export const checkOutcome = (text: string | null | undefined) => (text === undefined ? undefined : optionalText(text, L.replicationOutcomeMax, m.replicationOutcomeTooLong, 'outcome'));
export const checkStatusReason = (text: string | null | undefined) => optionalText(text, L.statusReasonMax, m.statusReasonTooLong, 'statusReason');

/** The adaptation as written and as sanitized HTML, like forum posts. */
export function setAdaptation(replication: Replication, markdown: string | null): void {
  replication.adaptationMarkdown = markdown;
  replication.adaptationHtml = markdown === null ? null : renderMarkdown(markdown);
}

/** A replication's change is activity on the solution's challenge, announced to its page after commit (ids only). */
export function replicationChanged(tx: Pick<Tx, 'emit'>, challenge: Challenge, replication: Replication, kind: Extract<ChallengeEventKind, 'REPLICATED' | 'REPLICATION_UPDATED'>): void {
  touch(challenge);
  tx.emit('CHALLENGE_EVENT', String(challenge.id), { kind, challengeId: challenge.id, solutionId: replication.solution.id, replicationId: replication.id });
}
