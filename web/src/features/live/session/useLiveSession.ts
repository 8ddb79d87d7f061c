import { createMemo, type Accessor } from 'solid-js';
import { createQuery } from '@urql/solid';
import type { LiveSessionEventsSubscription } from '../../../gql/graphql';
import { LiveSessionEventsSubscription as LiveEvents, LiveSessionQuery } from '../queries/session';
import { useSubscription } from '../../../lib/client/useSubscription';
import { errorCode } from '../../../lib/errors';
import type { LiveSession } from '../types';

export type LiveEvent = LiveSessionEventsSubscription['liveSessionEvents'];

/**
 * A live session by code, kept current: its events update the cache (live/cache.ts), and
 * after a lost connection it is read again from the server. `onEvent` sees each event too.
 */
export function useLiveSession(code: Accessor<string>, onEvent?: (event: LiveEvent) => void) {
  const [state, refetch] = createQuery({ query: LiveSessionQuery, variables: () => ({ code: code() }), requestPolicy: 'cache-and-network' });
  const lostAccess = () => ['UNAUTHENTICATED', 'FORBIDDEN'].includes(errorCode(state.error) ?? '');
  // A guest's access ends when the session closes, so reading it again fails: keep showing it, closed.
  let last: LiveSession | undefined;
  const session = createMemo((): LiveSession | undefined => {
    const current = state.data?.liveSession;
    if (current) return (last = current);
    return last && lostAccess() ? { ...last, state: 'CLOSED' } : undefined;
  });
  const sessionId = createMemo(() => session()?.id);

  useSubscription({
    query: LiveEvents,
    variables: () => ({ sessionId: sessionId() ?? '' }),
    pause: () => !sessionId(),
    onData: (data) => onEvent?.(data.liveSessionEvents),
    onReconnect: () => refetch({ requestPolicy: 'network-only' }),
  });

  /** Not joined (guests of another session, or nobody signed in): the page offers joining. */
  const needsJoin = () => !session() && lostAccess();
  return { state, session, needsJoin, refetch };
}
