import { createEffect, onCleanup, type Accessor } from 'solid-js';
import { useClient } from '@urql/solid';
import type { ForumFeedEventsSubscription } from '../../../gql/graphql';
import { ForumFeedEventsSubscription as FeedEvents } from '../queries/feed';

export type FeedEvent = ForumFeedEventsSubscription['feedEvents'];

/** Listens to `feedEvents` for one category, or all when `categoryId` is null; the cache already holds each thread sent. */
export function useLiveFeed(categoryId: Accessor<string | null>, onEvent: (event: FeedEvent) => void): void {
  const client = useClient();
  createEffect(() => {
    const { unsubscribe } = client.subscription(FeedEvents, { categoryId: categoryId() }).subscribe((result) => {
      if (result.data) onEvent(result.data.feedEvents);
    });
    onCleanup(unsubscribe);
  });
}
