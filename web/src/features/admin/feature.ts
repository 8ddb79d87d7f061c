import { lazy } from 'solid-js';
import type { WebFeature } from '../../lib/feature';
import { canImport, canInvite, canManageCohorts, canManagePeople } from '../../lib/roles';
import { adminCache } from './cache';
import { adminDictionary, t } from './i18n';

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
  dictionary: adminDictionary,
  nav: [
    { href: '/admin/kohort', label: () => t('nav.cohorts'), show: canManageCohorts, icon: 'layers', group: 'manage' },
    { href: '/admin/undangan', label: () => t('nav.invites'), show: canInvite, icon: 'mail', group: 'manage' },
    { href: '/admin/impor', label: () => t('nav.import'), show: canImport, icon: 'upload', group: 'manage' },
    { href: '/admin/pengguna', label: () => t('nav.people'), show: canManagePeople, icon: 'users', group: 'manage' },
  ],
};
