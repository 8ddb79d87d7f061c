import { lazy } from 'solid-js';
import type { WebFeature } from '../../lib/feature';
import { notificationsCache } from './cache';
import { notificationsDictionary } from './i18n';
import { NotificationBell } from './NotificationBell';

/** Mentions, replies and watched-thread activity: the bell in the header and the full list. */
export const notificationsFeature: WebFeature = {
  name: 'notifications',
  routes: [{ path: '/notifikasi', component: lazy(() => import('./NotificationsPage')) }],
  cache: notificationsCache,
  dictionary: notificationsDictionary,
  header: [{ component: NotificationBell, show: (actor) => !!actor }],
};
