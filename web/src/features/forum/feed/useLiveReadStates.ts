import { onCleanup } from 'solid-js';
import { useClient } from '@urql/solid';
import { MyReadStatesSubscription } from '../queries/feed';

/**
 * Keeps unread counts in step with the user's other tabs and devices: each change arrives as
 * the thread with its read state, and the normalized cache updates every row that shows it.
 */
export function useLiveReadStates(): void {
  const client = useClient();
  const { unsubscribe } = client.subscription(MyReadStatesSubscription, {}).subscribe(() => undefined);
  onCleanup(unsubscribe);
}
