import { lazy } from 'solid-js';
import type { WebFeature } from '../../lib/feature';
import { embedded } from '../../lib/cache/embedded';

/** Signing in, and creating an account from an invitation. */
export const authFeature: WebFeature = {
  name: 'auth',
  routes: [
    { path: '/masuk', component: lazy(() => import('./SignInPage')) },
    { path: '/invite/:token', component: lazy(() => import('./AcceptInvitePage')) },
  ],
  cache: { keys: { AuthPayload: embedded } },
};
