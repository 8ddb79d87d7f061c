import { lazy } from 'solid-js';
import type { WebFeature } from '../../lib/feature';
import { challengesCache } from './cache';
import { challengesNavDictionary, navT } from './dict/nav';

/** Living-lab challenges: browsing, opening, the challenge page with solutions and team, reports. */
export const challengesFeature: WebFeature = {
  name: 'challenges',
  routes: [
    { path: '/tantangan', component: lazy(() => import('./list/ChallengesPage')) },
    { path: '/tantangan/baru', component: lazy(() => import('./open/OpenChallengePage')) },
    { path: '/tantangan/:id', component: lazy(() => import('./challenge/ChallengePage')) },
    { path: '/tantangan/:id/solusi/:solutionId', component: lazy(() => import('./solution/SolutionPage')) },
    { path: '/tantangan/:id/ubah', component: lazy(() => import('./edit/EditChallengePage')) },
    { path: '/tantangan/:id/laporan', component: lazy(() => import('./report/ReportPage')) },
  ],
  cache: challengesCache,
  dictionary: challengesNavDictionary,
  nav: [{ href: '/tantangan', label: () => navT('nav.challenges'), icon: 'flask' }],
};
