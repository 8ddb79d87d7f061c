import { lazy } from 'solid-js';
import type { WebFeature } from '../../lib/feature';
import { embedded } from '../../lib/cache/embedded';

/** One's own account (password, sessions) and the page a reset link opens. */
export const accountFeature: WebFeature = {
  name: 'account',
  routes: [
    { path: '/akun', component: lazy(() => import('./AccountPage')) },
    { path: '/reset/:token', component: lazy(() => import('./ResetPasswordPage')) },
  ],
  cache: {
    keys: { PasswordResetPreview: embedded },
    updates: {
      Mutation: {
        // The list is small and the server decides what ended: read it again.
        endSession: (_result, _args, cache) => cache.invalidate('Query', 'mySessions'),
        changePassword: (_result, _args, cache) => cache.invalidate('Query', 'mySessions'),
      },
    },
  },
};
