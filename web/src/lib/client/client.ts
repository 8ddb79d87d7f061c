import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import type { Client as WsClient, createClient as CreateWsClient } from 'graphql-ws';
import { createSignal, type Accessor } from 'solid-js';
import { cacheExchange } from '@urql/exchange-graphcache';
import type { CacheConfig } from '../cache/cacheConfig';
import { ownDataExchange } from './ownDataExchange';

export interface AppClient {
  client: Client;
  /** Closes the WebSocket; the urql client is simply dropped. */
  dispose: () => void;
  /**
   * Counts WebSocket reconnections after a lost connection. Live pages watch it (see
   * `onReconnect` in reconnect.ts) and fetch again what they show, since events sent while the
   * socket was down are gone. Optional so tests can pass a bare client.
   */
  reconnects?: Accessor<number>;
}

/** ws(s)://<this host>/graphql: same origin, so the session cookie goes with the upgrade request. */
export function webSocketUrl(loc: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${loc.protocol === 'https:' ? 'wss:' : 'ws:'}//${loc.host}/graphql`;
}

const FORBIDDEN_CLOSE = 4403;

function isCloseEvent(value: unknown): value is { code: number } {
  return typeof value === 'object' && value !== null && 'code' in value && typeof (value as { code: unknown }).code === 'number';
}

const NORMAL_CLOSE = 1000;
/** A ping every 15 s; no pong within 5 s means the connection is dead (laptop asleep, mobile network gone). */
const KEEP_ALIVE_MS = 15_000;
const PONG_TIMEOUT_MS = 5_000;

/**
 * Tells a reconnection after a lost connection from the first connection and from lazy
 * reopenings: lazy sockets close normally (1000) when the last subscription ends; any other
 * close (or a retry) means events may have been missed.
 */
export function createReconnectDetector(): { closed: (event: unknown) => void; connected: (wasRetry: boolean) => boolean } {
  let lost = false;
  return {
    closed: (event) => {
      if (!isCloseEvent(event) || event.code !== NORMAL_CLOSE) lost = true;
    },
    connected: (wasRetry) => {
      const reconnected = lost || wasRetry;
      lost = false;
      return reconnected;
    },
  };
}

/** A client that authenticates with a token (a hall screen's display token) instead of the browser's cookies. */
export interface TokenAuth {
  token: string;
}

const SESSION_ENDED_CLOSE = 4401;

/** An instance stopping gracefully says "Service Restart": the proxy has another one ready. */
const SERVICE_RESTART_CLOSE = 1012;
/** After a restart close, clients come back within this much (spread, so the survivor is not hit all at once). */
const RESTART_SPREAD_MS = 1_000;

/**
 * How long to wait before reconnecting: at once (with a spread) after a graceful stop's 1012,
 * otherwise graphql-ws's own randomised exponential backoff (1 s, 2 s, 4 s… plus 0.3-3 s).
 */
export function createRetryPolicy(random: () => number = Math.random): { closed: (event: unknown) => void; delayMs: (retries: number) => number } {
  let restart = false;
  return {
    closed: (event) => {
      restart = isCloseEvent(event) && event.code === SERVICE_RESTART_CLOSE;
    },
    delayMs: (retries) => {
      if (restart && retries === 0) return Math.floor(random() * RESTART_SPREAD_MS);
      return 2 ** retries * 1000 + Math.floor(random() * 2700 + 300);
    },
  };
}

function createSocket(createWsClient: typeof CreateWsClient, onReconnected: () => void, auth?: TokenAuth): WsClient {
  const detector = createReconnectDetector();
  const retry = createRetryPolicy();
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  const socket: WsClient = createWsClient({
    url: webSocketUrl(),
    connectionParams: auth ? { token: auth.token } : undefined,
    lazy: true,
    keepAlive: KEEP_ALIVE_MS,
    retryAttempts: Infinity,
    // The server refuses sockets without a session (4403); retrying would not help.
    // A token that ended (a replaced hall-screen link) stays ended: retrying would only count as a wrong guess.
    shouldRetry: (event) => !(isCloseEvent(event) && (event.code === FORBIDDEN_CLOSE || (auth !== undefined && event.code === SESSION_ENDED_CLOSE))),
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retry.delayMs(retries))),
    on: {
      ping: (received) => {
        if (!received) pongTimer = setTimeout(() => socket.terminate(), PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
      closed: (event) => {
        clearTimeout(pongTimer);
        detector.closed(event);
        retry.closed(event);
      },
      connected: (_socket, _payload, wasRetry) => {
        if (detector.connected(wasRetry)) onReconnected();
      },
    },
  });
  return socket;
}

/**
 * A fresh client and cache (configured by the app from every feature's part); made again after
 * signing in or out so nothing of the last session survives.
 */
export function createAppClient(cache: CacheConfig, auth?: TokenAuth): AppClient {
  const [reconnects, setReconnects] = createSignal(0);
  // graphql-ws loads with the first subscription (the socket is lazy anyway), not with every first page.
  let socket: Promise<WsClient> | undefined;
  const openSocket = () => (socket ??= import('graphql-ws').then((ws) => createSocket(ws.createClient, () => setReconnects((n) => n + 1), auth)));
  const client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-first',
    // With a token, cookies stay home: the server would ignore them anyway.
    fetchOptions: auth ? { credentials: 'omit', headers: { authorization: `Bearer ${auth.token}` } } : { credentials: 'same-origin' },
    exchanges: [
      ownDataExchange,
      cacheExchange(cache),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              let unsubscribe: (() => void) | undefined;
              let ended = false;
              openSocket().then(
                (ws) => {
                  if (!ended) unsubscribe = ws.subscribe(input, sink);
                },
                (error: unknown) => sink.error(error),
              );
              return {
                unsubscribe: () => {
                  ended = true;
                  unsubscribe?.();
                },
              };
            },
          };
        },
      }),
    ],
  });
  return { client, dispose: () => void socket?.then((ws) => ws.dispose()), reconnects };
}
