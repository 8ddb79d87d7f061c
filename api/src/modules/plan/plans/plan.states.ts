import { PlanState } from './plan.entity.js';

/**
 * The state moves `updatePlan` allows, and who makes each: editors submit for review, withdraw,
 * and resubmit after changes were asked for; reviewers (the region's admin, facilitators)
 * approve or ask for changes. An APPROVED plan stays as it is: with the shared document an
 * approval binds to a named version, and later edits make a new draft beside it.
 */
export const PLAN_MOVES: Record<PlanState, Partial<Record<PlanState, 'editor' | 'reviewer'>>> = {
  [PlanState.DRAFT]: { [PlanState.IN_REVIEW]: 'editor' },
  [PlanState.IN_REVIEW]: { [PlanState.DRAFT]: 'editor', [PlanState.APPROVED]: 'reviewer', [PlanState.CHANGES_REQUESTED]: 'reviewer' },
  [PlanState.CHANGES_REQUESTED]: { [PlanState.IN_REVIEW]: 'editor', [PlanState.DRAFT]: 'editor' },
  [PlanState.APPROVED]: {},
};

export const canMove = (from: PlanState, to: PlanState): boolean => from === to || PLAN_MOVES[from][to] !== undefined;

/** Items (and the title) change only while the plan is being written. */
export const isEditable = (state: PlanState): boolean => state === PlanState.DRAFT || state === PlanState.CHANGES_REQUESTED;
