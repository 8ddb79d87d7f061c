import type { JSX } from 'solid-js';
import { RequireRole } from '../auth/RequireRole';
import { t } from './i18n';

/** The forum is for signed-in people: the API answers UNAUTHENTICATED otherwise. */
export function ForumGate(props: { children: JSX.Element }) {
  return <RequireRole allow={() => true} title={t('forum.title')}>{props.children}</RequireRole>;
}
