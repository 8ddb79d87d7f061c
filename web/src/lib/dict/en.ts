import type { commonId } from './id';

/** The shared words in English; typed by the Indonesian ones, so a missing or extra key fails to compile. */
export const commonEn: typeof commonId = {
  'common.loading': 'Loading…',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'time.justNow': 'just now',
  'demo.badge': 'Demo data',
  'demo.title': 'The users and scores here are sample data, not official figures',
  'lang.switch': 'Ganti bahasa ke Bahasa Indonesia',
  'footer.text': 'Rembuk · Collaboration hub for regional SPBE e-government index',

  'nav.home': 'Rembuk, go to home',
  'nav.main': 'Main navigation',
  'nav.more': 'More',
  'nav.manage': 'Manage',
  'nav.skip': 'Skip to content',
  'nav.signIn': 'Sign in',
  'nav.signOut': 'Sign out',
  'nav.profile': 'My profile',
  'nav.account': 'Account and security',

  'role.ADMIN': 'Administrator',
  'role.FACILITATOR': 'Facilitator',
  'role.REGION_ADMIN': 'Region admin',
  'role.MEMBER': 'Member',
  'kind.KABUPATEN': 'Regency',
  'kind.KOTA': 'City',

  'predicate.memuaskan': 'Excellent',
  'predicate.sangatBaik': 'Very good',
  'predicate.baik': 'Good',
  'predicate.cukup': 'Fair',
  'predicate.kurang': 'Poor',

  'error.title': 'Failed:',
  'error.retry': 'Try again',
  'error.network': 'Cannot reach the server. Check your connection and try again.',
  'error.unknown': 'Something unexpected went wrong.',
  'error.fields': 'Please check: {{ fields }}',
  'auth.needSignIn': 'This page is for signed-in users only.',
  'auth.forbidden': 'Your role does not have access to this page.',

  'notFound.title': 'Page not found',
  'notFound.text': 'This address does not exist in Rembuk.',
  'notFound.back': 'Back to the region directory',
};
