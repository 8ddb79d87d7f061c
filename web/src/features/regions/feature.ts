import type { WebFeature } from '../../lib/feature';
import { regionsCache } from './cache';
import { regionsDictionary, t } from './i18n';
import RegionDirectoryPage from './RegionDirectoryPage';

/** The region directory: the landing page, so it is not loaded lazily. */
export const regionsFeature: WebFeature = {
  name: 'regions',
  routes: [{ path: '/wilayah', component: RegionDirectoryPage }],
  cache: regionsCache,
  dictionary: regionsDictionary,
  nav: [{ href: '/wilayah', label: () => t('nav.regions'), icon: 'map' }],
};
