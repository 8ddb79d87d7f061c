import { createContext, createSignal, onCleanup, Show, useContext, type JSX } from 'solid-js';
import { Provider } from '@urql/solid';
import type { AppClient } from './client';
import { ReconnectContext } from './reconnect';
import { requestPageFocus } from '../a11y/focus';

interface SessionControl {
  /** Drops the cache and WebSocket and starts a fresh client, optionally on another page. */
  restart: (path?: string) => void;
}

const SessionContext = createContext<SessionControl>({ restart: () => undefined });

export function useSession(): SessionControl {
  return useContext(SessionContext);
}

interface Props {
  children: JSX.Element;
  /** Builds the client: the app's, with its cache config; tests pass a fake one. */
  create: () => AppClient;
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
    // The app re-mounts: the page it lands on takes focus on its heading (a11y/routeFocus.ts).
    requestPageFocus();
    if (path && window.location.pathname !== path) window.history.pushState(null, '', path);
    setCurrent(make());
    previous.dispose();
  };
  onCleanup(() => current().dispose());

  return (
    <SessionContext.Provider value={{ restart }}>
      <Show when={current()} keyed>
        {(app) => (
          <ReconnectContext.Provider value={app.reconnects ?? (() => 0)}>
            <Provider value={app.client}>{props.children}</Provider>
          </ReconnectContext.Provider>
        )}
      </Show>
    </SessionContext.Provider>
  );
}
