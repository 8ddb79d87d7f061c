import { lazy } from 'solid-js';
import type { WebFeature } from '../../lib/feature';
import { assessmentCache } from './cache';

/** Filling in and reading a region's assessment of one year, and who to learn from per indicator. */
export const assessmentFeature: WebFeature = {
  name: 'assessment',
  routes: [{ path: '/wilayah/:code/penilaian/:year', component: lazy(() => import('./AssessmentPage')) }],
  cache: assessmentCache,
};
