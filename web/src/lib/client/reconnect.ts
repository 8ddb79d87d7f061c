import { createContext, createEffect, on, useContext, type Accessor } from 'solid-js';

/** How many times the WebSocket came back after being lost (0 in tests without a socket). */
export const ReconnectContext = createContext<Accessor<number>>(() => 0);

/**
 * Runs `catchUp` each time the WebSocket reconnects after a lost connection, so a live page
 * fetches again (network-only) whatever events it may have missed meanwhile.
 */
export function onReconnect(catchUp: () => void): void {
  const reconnects = useContext(ReconnectContext);
  createEffect(on(reconnects, () => catchUp(), { defer: true }));
}
