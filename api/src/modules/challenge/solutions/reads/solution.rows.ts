import { date, ref, rowShape, type RowOf } from '../../../../core/db/row-shape.js';
import { Solution, SolutionEndorsement, SolutionRevision } from '../solution.entity.js';
import { SolutionResult } from '../result.entity.js';

/** A solution as plain SQL reads it (alias `s`); its indicators and trial regions come from loaders. */
export const SOLUTION_ROW = rowShape(
  Solution,
  's',
  {
    id: 'id',
    challenge_id: ref('challenge'),
    title: 'title',
    description_markdown: 'descriptionMarkdown',
    description_html: 'descriptionHtml',
    author_id: ref('author'),
    region_code: ref('region', 'code'),
    links: 'links',
    thread_id: ref('thread'),
    needs_training: 'needsTraining',
    needs_regulation: 'needsRegulation',
    budget_range: 'budgetRange',
    status: 'status',
    decision_reason: 'decisionReason',
    decided_by_id: ref('decidedBy'),
    decided_at: date('decidedAt'),
    trial_starts_on: 'trialStartsOn',
    trial_ends_on: 'trialEndsOn',
    trial_plan: 'trialPlan',
    support_count: 'supportCount',
    endorsement_count: 'endorsementCount',
    replication_count: 'replicationCount',
    created_at: date('createdAt'),
    updated_at: date('updatedAt'),
    edited_at: date('editedAt'),
  },
  { omit: ['indicators', 'trialRegions'] },
);
export type SolutionRow = RowOf<typeof SOLUTION_ROW>;

export const ENDORSEMENT_ROW = rowShape(SolutionEndorsement, 'se', {
  id: 'id',
  solution_id: ref('solution'),
  region_code: ref('region', 'code'),
  by_id: ref('by'),
  statement: 'statement',
  created_at: date('createdAt'),
});
export type EndorsementRow = RowOf<typeof ENDORSEMENT_ROW>;

export const REVISION_ROW = rowShape(SolutionRevision, 'sr', {
  id: 'id',
  solution_id: ref('solution'),
  editor_id: ref('editor'),
  title: 'title',
  description_markdown: 'descriptionMarkdown',
  created_at: date('createdAt'),
});
export type RevisionRow = RowOf<typeof REVISION_ROW>;

export const RESULT_ROW = rowShape(SolutionResult, 'res', {
  id: 'id',
  solution_id: ref('solution'),
  region_code: ref('region', 'code'),
  metric: 'metric',
  unit: 'unit',
  baseline: 'baseline',
  target: 'target',
  measured: 'measured',
  progress: 'progress',
  outcome: 'outcome',
  recorded_by_id: ref('recordedBy'),
  recorded_at: date('recordedAt'),
  updated_at: date('updatedAt'),
});
export type ResultRow = RowOf<typeof RESULT_ROW>;
