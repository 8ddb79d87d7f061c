import type { JSX } from 'solid-js';
import { render } from '@solidjs/testing-library';
import { createMemoryHistory, MemoryRouter, Route } from '@solidjs/router';
import { Provider, type Client } from '@urql/solid';

interface Options {
  client: Client;
  /** Route pattern the component is mounted on. */
  path?: string;
  /** Starting URL. */
  location?: string;
}

/** Renders a page inside a memory router and an urql Provider with the given client. */
export function renderPage(ui: () => JSX.Element, options: Options) {
  const history = createMemoryHistory();
  history.set({ value: options.location ?? '/', scroll: false, replace: true });
  const result = render(() => (
    <Provider value={options.client}>
      <MemoryRouter history={history}>
        <Route path={options.path ?? '*'} component={ui} />
      </MemoryRouter>
    </Provider>
  ));
  return { ...result, history };
}
