import { createEffect, createMemo, onCleanup, untrack, type Accessor } from 'solid-js';
import { createRequest, type AnyVariables, type DocumentInput, type GraphQLRequest } from '@urql/core';
import { useClient } from '@urql/solid';
import { onReconnect } from './reconnect';

/** Operations without required variables may leave `variables` out. */
type VariablesOption<Variables> = Record<never, never> extends Variables ? { variables?: Accessor<Variables> } : { variables: Accessor<Variables> };

export type SubscriptionOptions<Data, Variables extends AnyVariables> = VariablesOption<Variables> & {
  query: DocumentInput<Data, Variables>;
  /** No subscription while this is true (e.g. signed out, or the id is not known yet). */
  pause?: Accessor<boolean>;
  /** Each event's data. What the event carries also lands in the normalized cache, with or without this. */
  onData?: (data: Data) => void;
  /**
   * Runs after each reconnection of the WebSocket following a lost connection (while paused too):
   * events sent meanwhile are gone, so fetch again what they would have changed.
   */
  onReconnect?: () => void;
};

/**
 * Subscribes with the app's urql client for as long as the calling component (its owner)
 * lives. `variables` and `pause` are read reactively: a change ends the subscription and starts
 * one with the new variables (equal variables keep it). Ends when the owner is disposed.
 */
export function useSubscription<Data, Variables extends AnyVariables>(options: SubscriptionOptions<Data, Variables>): void {
  const client = useClient();
  const variables = (): Variables => (options as { variables?: Accessor<Variables> }).variables?.() ?? ({} as Variables);
  const request = createMemo<GraphQLRequest<Data, Variables> | null>(() => (options.pause?.() ? null : createRequest(options.query, variables())), null, {
    equals: (a, b) => a?.key === b?.key,
  });
  createEffect(() => {
    const current = request();
    if (!current) return;
    const { unsubscribe } = client.subscription(current.query, current.variables).subscribe((result) => {
      // An event may arrive while this effect runs; what the handler reads must not re-subscribe.
      if (result.data) untrack(() => options.onData?.(result.data as Data));
    });
    onCleanup(unsubscribe);
  });
  if (options.onReconnect) onReconnect(options.onReconnect);
}
