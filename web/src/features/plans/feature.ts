import { lazy } from 'solid-js';
import type { WebFeature } from '../../lib/feature';
import { plansCache } from './cache';

/**
 * Improvement plans (Rencana Aksi SPBE): for now the read-only plan page, kept live by
 * `planEvents`. Editing together (the shared document, item forms) and a list in the navigation
 * come with the next part of the plans work.
 */
export const plansFeature: WebFeature = {
  name: 'plans',
  routes: [{ path: '/rencana/:id', component: lazy(() => import('./PlanPage')) }],
  cache: plansCache,
};
