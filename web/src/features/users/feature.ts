import { lazy } from 'solid-js';
import type { WebFeature } from '../../lib/feature';

/** Member profiles (`/u/<username>`, where @mentions lead). */
export const usersFeature: WebFeature = {
  name: 'users',
  routes: [{ path: '/u/:username', component: lazy(() => import('./MemberProfilePage')) }],
};
