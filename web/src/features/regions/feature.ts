import { lazy } from 'solid-js';
import type { WebFeature } from '../../lib/feature';
import { regionsCache } from './cache';
import { regionsNavDictionary, navT } from './dict/nav';

/**
 * The region directory. The landing page, yet loaded with its route like every page, so the sign-in
 * and region profile pages do not carry it (6 KiB gzipped; `npm run size`).
 */
export const regionsFeature: WebFeature = {
  name: 'regions',
  routes: [{ path: '/wilayah', component: lazy(() => import('./RegionDirectoryPage')) }],
  cache: regionsCache,
  dictionary: regionsNavDictionary,
  nav: [{ href: '/wilayah', label: () => navT('nav.regions'), icon: 'map' }],
};
