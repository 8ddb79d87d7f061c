import type { Ref } from '@mikro-orm/core';
import { date, ref, rowShape, type RowOf } from '../../../core/db/row-shape.js';
import { sql } from '../../../core/db/sql.js';
import type { Cohort } from '../../region/index.js';
import { Challenge, ChallengeTransition } from './challenge.entity.js';
import { ChallengeMember } from '../team/member.entity.js';

/** A challenge as plain SQL reads it (alias `c`); its regions, indicators and team come from loaders. */
export const CHALLENGE_ROW = rowShape(
  Challenge,
  'c',
  {
    id: 'id',
    title: 'title',
    problem_markdown: 'problemMarkdown',
    problem_html: 'problemHtml',
    stage: 'stage',
    tags: 'tags',
    deadlines: 'deadlines',
    created_by_id: ref('createdBy'),
    thread_id: ref('thread'),
    created_at: date('createdAt'),
    updated_at: date('updatedAt'),
    last_activity_at: date('lastActivityAt'),
    is_demo: 'isDemo',
  },
  // The cohort is keyed by slug, which row shapes do not reference: it is read beside them.
  { omit: ['cohort', 'regions', 'indicators'] },
);

export const CHALLENGE_COLUMNS = sql`${CHALLENGE_ROW.select}, c.cohort_slug`;
export type ChallengeSqlRow = RowOf<typeof CHALLENGE_ROW> & { cohort_slug: string | null };

export function challengeFromRow(row: ChallengeSqlRow): Challenge {
  const view = CHALLENGE_ROW.view(row);
  // Field resolvers read only the slug of the cohort, which is all a reference to it holds.
  // Defined, not assigned: assigning would go through the ORM's accessor for `cohort` (views hold only the read columns as data).
  Object.defineProperty(view, 'cohort', { value: row.cohort_slug === null ? null : ({ slug: row.cohort_slug } as unknown as Ref<Cohort>), writable: true, enumerable: true, configurable: true });
  return view;
}

export const MEMBER_ROW = rowShape(ChallengeMember, 'cm', {
  id: 'id',
  challenge_id: ref('challenge'),
  user_id: ref('user'),
  role: 'role',
  status: 'status',
  created_at: date('createdAt'),
  decided_by_id: ref('decidedBy'),
  decided_at: date('decidedAt'),
});
export type MemberRow = RowOf<typeof MEMBER_ROW>;

export const TRANSITION_ROW = rowShape(ChallengeTransition, 'ct', {
  id: 'id',
  challenge_id: ref('challenge'),
  from_stage: 'fromStage',
  to_stage: 'toStage',
  by_id: ref('by'),
  note: 'note',
  at: date('at'),
});
export type TransitionRow = RowOf<typeof TRANSITION_ROW>;
