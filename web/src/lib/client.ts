import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { appCacheExchange } from './cache';

export interface AppClient {
  client: Client;
  /** Closes the WebSocket; the urql client is simply dropped. */
  dispose: () => void;
}

/** ws(s)://<this host>/graphql: same origin, so the session cookie goes with the upgrade request. */
export function webSocketUrl(loc: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${loc.protocol === 'https:' ? 'wss:' : 'ws:'}//${loc.host}/graphql`;
}

const FORBIDDEN_CLOSE = 4403;

function isCloseEvent(value: unknown): value is { code: number } {
  return typeof value === 'object' && value !== null && 'code' in value && typeof (value as { code: unknown }).code === 'number';
}

function createSocket(): WsClient {
  return createWsClient({
    url: webSocketUrl(),
    lazy: true,
    retryAttempts: Infinity,
    // The server refuses sockets without a session (4403); retrying would not help.
    shouldRetry: (event) => !(isCloseEvent(event) && event.code === FORBIDDEN_CLOSE),
  });
}

/** A fresh client and cache; made again after signing in or out so nothing of the last session survives. */
export function createAppClient(): AppClient {
  const socket = createSocket();
  const client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-first',
    fetchOptions: { credentials: 'same-origin' },
    exchanges: [
      appCacheExchange(),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = socket.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
  return { client, dispose: () => void socket.dispose() };
}
