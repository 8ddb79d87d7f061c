import { createContext, createSignal, onCleanup, Show, untrack, useContext, type JSX } from 'solid-js';
import { Provider } from '@urql/solid';
import type { AppClient, TokenAuth } from './client';
import { ReconnectContext } from './reconnect';

interface SessionControl {
  /** Drops the cache and WebSocket and starts a fresh client, optionally on another page. */
  restart: (path?: string) => void;
  /** A separate client (own cache and socket) that authenticates with `auth` instead of cookies. */
  clientFor: (auth: TokenAuth) => AppClient | undefined;
}

const SessionContext = createContext<SessionControl>({ restart: () => undefined, clientFor: () => undefined });

export function useSession(): SessionControl {
  return useContext(SessionContext);
}

interface Props {
  children: JSX.Element;
  /** Builds the client (with `auth`: one for a token): the app's, with its cache config; tests pass a fake one. */
  create: (auth?: TokenAuth) => AppClient;
}

/**
 * Owns the urql client. Signing in or out calls `restart`, which replaces the client and
 * re-mounts everything below, so no cached data or socket of the previous session remains.
 */
export function AppClientProvider(props: Props) {
  const make = (): AppClient => props.create();
  const [current, setCurrent] = createSignal<AppClient>(make());

  const restart = (path?: string) => {
    const previous = current();
    if (path && window.location.pathname !== path) window.history.pushState(null, '', path);
    setCurrent(make());
    previous.dispose();
  };
  onCleanup(() => current().dispose());

  return (
    <SessionContext.Provider value={{ restart, clientFor: (auth) => props.create(auth) }}>
      <Show when={current()} keyed>
        {(app) => <ClientScope client={app}>{props.children}</ClientScope>}
      </Show>
    </SessionContext.Provider>
  );
}

/** Gives `children` this client (queries, socket, reconnections); a new client comes with a new scope. */
function ClientScope(props: { client: AppClient; children: JSX.Element }) {
  const app = untrack(() => props.client);
  return (
    <ReconnectContext.Provider value={app.reconnects ?? (() => 0)}>
      <Provider value={app.client}>{props.children}</Provider>
    </ReconnectContext.Provider>
  );
}

/**
 * Everything below reads with a client of its own that authenticates with `token` (a hall
 * screen's display token), not with the browser's cookies; it is dropped with the component.
 */
export function TokenClient(props: { token: string; children: JSX.Element }) {
  const session = useSession();
  // The token comes from the page's address: another token is another page load.
  const client = session.clientFor({ token: untrack(() => props.token) });
  onCleanup(() => client?.dispose());
  return (
    <Show when={client} fallback={props.children}>
      {(c) => <ClientScope client={c()}>{props.children}</ClientScope>}
    </Show>
  );
}
