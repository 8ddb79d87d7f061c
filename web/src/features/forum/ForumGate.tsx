import type { JSX } from 'solid-js';
import { RequireRole } from '../auth/RequireRole';

/** The forum is for signed-in people: the API answers UNAUTHENTICATED otherwise. */
export function ForumGate(props: { children: JSX.Element }) {
  return <RequireRole allow={() => true}>{props.children}</RequireRole>;
}
