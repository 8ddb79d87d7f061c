import { createQuery } from '@urql/solid';
import { MeQuery, ServerInfoQuery } from './queries';

/** The signed-in user (`state.data?.me`), shared through the cache by every caller. */
export function useMe() {
  const [state] = createQuery({ query: MeQuery });
  return state;
}

export function useServerInfo() {
  const [state] = createQuery({ query: ServerInfoQuery });
  return state;
}
