import { date, ref, rowShape, type RowOf } from '../../../core/db/row-shape.js';
import { Plan } from '../plans/plan.entity.js';

/** A plan as plain SQL reads it (alias `p`); items and members come from loaders. */
export const PLAN_ROW = rowShape(Plan, 'p', {
  id: 'id',
  region_code: ref('region', 'code'),
  framework_id: ref('framework'),
  year: 'year',
  title: 'title',
  state: 'state',
  created_by_id: ref('createdBy'),
  source_solution_id: ref('sourceSolution'),
  source_plan_id: ref('sourcePlan'),
  created_at: date('createdAt'),
  updated_at: date('updatedAt'),
  is_demo: 'isDemo',
});
export type PlanRow = RowOf<typeof PLAN_ROW>;
