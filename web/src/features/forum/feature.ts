import { lazy } from 'solid-js';
import type { WebFeature } from '../../lib/feature';
import { forumCache } from './cache';
import { forumNavDictionary, navT } from './dict/nav';

const FeedPage = lazy(() => import('./feed/FeedPage'));

/** The forum: feed, threads, composer, search and moderation, live over the socket. */
export const forumFeature: WebFeature = {
  name: 'forum',
  routes: [
    { path: '/forum', component: FeedPage },
    { path: '/forum/k/:categoryId', component: FeedPage },
    { path: '/forum/baru', component: lazy(() => import('./composer/NewThreadPage')) },
    { path: '/forum/t/:threadId', component: lazy(() => import('./thread/ThreadPage')) },
    { path: '/forum/cari', component: lazy(() => import('./search/SearchPage')) },
    { path: '/forum/moderasi', component: lazy(() => import('./moderation/ModerationPage')) },
  ],
  cache: forumCache,
  dictionary: forumNavDictionary,
  nav: [{ href: '/forum', label: () => navT('nav.forum'), icon: 'chat' }],
};
