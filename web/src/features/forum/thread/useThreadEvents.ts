import { onCleanup, onMount } from 'solid-js';
import { useClient } from '@urql/solid';
import type { ForumThreadEventsSubscription } from '../../../gql/graphql';
import { ForumThreadEventsSubscription as ThreadEvents } from '../queries/thread';

export type ThreadEvent = ForumThreadEventsSubscription['threadEvents'];

/** Listens to `threadEvents` while the thread is open; threads and posts sent also land in the cache. */
export function useThreadEvents(threadId: string, onEvent: (event: ThreadEvent) => void): void {
  const client = useClient();
  onMount(() => {
    const { unsubscribe } = client.subscription(ThreadEvents, { threadId }).subscribe((result) => {
      if (result.data) onEvent(result.data.threadEvents);
    });
    onCleanup(unsubscribe);
  });
}
