import { lazy } from 'solid-js';
import type { WebFeature } from '../../lib/feature';

/** `/`: a home for each person (their region, discussions, meetings, challenges, notifications); a welcome when signed out. */
export const homeFeature: WebFeature = {
  name: 'home',
  routes: [{ path: '/', component: lazy(() => import('./HomePage')) }],
};
