import { lazy } from 'solid-js';
import type { WebFeature } from '../../lib/feature';
import { notificationsCache } from './cache';

/** Mentions, replies and watched-thread activity: the bell in the header and the full list. */
export const notificationsFeature: WebFeature = {
  name: 'notifications',
  routes: [{ path: '/notifikasi', component: lazy(() => import('./NotificationsPage')) }],
  cache: notificationsCache,
  // Signed-in people only: it loads when shown, not with a signed-out first page.
  header: [{ component: lazy(() => import('./NotificationBell').then((m) => ({ default: m.NotificationBell }))), show: (actor) => !!actor }],
};
