import { lazy } from 'solid-js';
import type { WebFeature } from '../../lib/feature';
import { embedded } from '../../lib/cache/embedded';
import { spbeDictionary, t } from './i18n';

/** SPBE frameworks as data: domains, aspects, indicators, levels and predicates. */
export const spbeFeature: WebFeature = {
  name: 'spbe',
  routes: [{ path: '/spbe', component: lazy(() => import('./FrameworkPage')) }],
  cache: {
    keys: {
      // A published framework never changes (a revision is a new code), so its code is its identity.
      SpbeFramework: (data) => data.code as string,
      FrameworkLevel: embedded,
      PredicateBand: embedded,
    },
  },
  dictionary: spbeDictionary,
  nav: [{ href: '/spbe', label: () => t('nav.spbe'), icon: 'book' }],
};
