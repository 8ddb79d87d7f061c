import { lazy } from 'solid-js';
import type { WebFeature } from '../../lib/feature';
import { embedded } from '../../lib/cache/embedded';
import { spbeNavDictionary, navT } from './dict/nav';

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
  dictionary: spbeNavDictionary,
  nav: [{ href: '/spbe', label: () => navT('nav.spbe'), icon: 'book' }],
};
