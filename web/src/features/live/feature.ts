import { lazy } from 'solid-js';
import type { WebFeature } from '../../lib/feature';
import { liveCache } from './cache';
import { liveNavDictionary, navT } from './dict/nav';

/** Coordination meetings and their live Q&A sessions: joining, asking, moderating, polls, the hall screen. */
export const liveFeature: WebFeature = {
  name: 'live',
  routes: [
    { path: '/rapat', component: lazy(() => import('./meetings/MeetingsPage')) },
    { path: '/rapat/baru', component: lazy(() => import('./meetings/NewMeetingPage')) },
    { path: '/rapat/:id', component: lazy(() => import('./meetings/MeetingPage')) },
    { path: '/live', component: lazy(() => import('./join/JoinPage')) },
    { path: '/live/:code', component: lazy(() => import('./session/LiveSessionPage')) },
    { path: '/live/:code/moderasi', component: lazy(() => import('./moderation/ModerationPage')) },
    { path: '/live/:code/layar', component: lazy(() => import('./hall/HallPage')), bare: true },
  ],
  cache: liveCache,
  dictionary: liveNavDictionary,
  nav: [{ href: '/rapat', label: () => navT('nav.meetings'), icon: 'calendar' }],
};
