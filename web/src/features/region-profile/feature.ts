import { lazy } from 'solid-js';
import type { WebFeature } from '../../lib/feature';
import { embedded } from '../../lib/cache/embedded';

/** A region's page: its latest index, history, domain scores and drafts, updated live. */
export const regionProfileFeature: WebFeature = {
  name: 'region-profile',
  routes: [{ path: '/wilayah/:code', component: lazy(() => import('./RegionProfilePage')) }],
  cache: {
    keys: {
      DomainScore: embedded,
      AspectScore: embedded,
      IndicatorLevel: embedded,
    },
  },
};
