import { lazy } from 'solid-js';
import type { WebFeature } from '../../lib/feature';
import { canImport, canInvite, canManageCohorts, canManagePeople } from '../../lib/roles';
import { adminCache } from './cache';
import { adminNavDictionary, navT } from './dict/nav';

/** Cohorts, invitations, CSV score import and people's accounts, for the roles that may use them. */
export const adminFeature: WebFeature = {
  name: 'admin',
  routes: [
    { path: '/admin/kohort', component: lazy(() => import('./cohorts/CohortsPage')) },
    { path: '/admin/undangan', component: lazy(() => import('./invites/InvitesPage')) },
    { path: '/admin/impor', component: lazy(() => import('./import/ImportPage')) },
    { path: '/admin/pengguna', component: lazy(() => import('./people/PeoplePage')) },
  ],
  cache: adminCache,
  dictionary: adminNavDictionary,
  nav: [
    { href: '/admin/kohort', label: () => navT('nav.cohorts'), show: canManageCohorts, icon: 'layers', group: 'manage' },
    { href: '/admin/undangan', label: () => navT('nav.invites'), show: canInvite, icon: 'mail', group: 'manage' },
    { href: '/admin/impor', label: () => navT('nav.import'), show: canImport, icon: 'upload', group: 'manage' },
    { href: '/admin/pengguna', label: () => navT('nav.people'), show: canManagePeople, icon: 'users', group: 'manage' },
  ],
};
