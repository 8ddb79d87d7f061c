import { Show, type JSX } from 'solid-js';
import { Router, useCurrentMatches, type RouteDefinition, type RouteSectionProps } from '@solidjs/router';
import { features } from './features';
import NotFoundPage from './features/NotFoundPage';
import type { WebFeature } from './lib/feature';
import { mergeCacheConfigs } from './lib/cache/cacheConfig';
import { sharedCache } from './lib/cache/sharedCache';
import { createAppClient, type AppClient } from './lib/client/client';
import { AppClientProvider } from './lib/client/session';
import { mergeDictionaries } from './lib/dict/dictionary';
import { commonDictionary, installDictionaries } from './lib/i18n';
import { Layout } from './lib/ui/shell/Layout';
import { Announcer } from './lib/a11y/announce';
import { useRouteFocus } from './lib/a11y/routeFocus';

const HOME = '/';
const SIGN_IN = '/masuk';

/** Every feature's cache part and lib's own, merged; two features claiming the same field throw here, at start-up. */
export const appCache = mergeCacheConfigs([{ name: 'lib', cache: sharedCache }, ...features]);

/** The shared words and every feature's, per language; a key defined twice throws here, at start-up. */
export const appDictionaries = mergeDictionaries([{ name: 'lib', dictionary: commonDictionary }, ...features]);

/** The features' routes; two features claiming the same path would hide one page, so that throws. */
function featureRoutes(list: WebFeature[]): RouteDefinition[] {
  const owners = new Map<string, string>();
  return list.flatMap((feature) =>
    feature.routes.map((route) => {
      const owner = owners.get(route.path);
      if (owner !== undefined) throw new Error(`Route ${route.path} is defined by both "${owner}" and "${feature.name}"`);
      owners.set(route.path, feature.name);
      return { path: route.path, component: route.component, info: { bare: route.bare === true } };
    }),
  );
}

/** Every route of the app, for the router (and for tests, which may mount them in a MemoryRouter). */
export const appRoutes: RouteDefinition[] = [
  ...featureRoutes(features),
  { path: '*404', component: NotFoundPage },
];

const nav = features.flatMap((feature) => feature.nav ?? []);
const header = features.flatMap((feature) => feature.header ?? []);

/** The header with every feature's links and widgets, the page, the footer. */
export function AppLayout(props: { children?: JSX.Element }) {
  return (
    <Layout nav={nav} header={header} home={HOME} signIn={SIGN_IN}>
      {props.children}
    </Layout>
  );
}

/** Routes marked `bare` (the hall screen on a projector) are shown without the layout; every page gets focus on arrival. */
function Root(props: RouteSectionProps) {
  const matches = useCurrentMatches();
  const bare = () => matches().some((match) => match.route.info?.bare === true);
  useRouteFocus();
  return (
    <>
      <Announcer />
      <Show when={!bare()} fallback={props.children}>
        <AppLayout>{props.children}</AppLayout>
      </Show>
    </>
  );
}

interface Props {
  createClient?: () => AppClient;
}

/** The composition root: the features' routes, cache and dictionaries, around one urql client. */
export function App(props: Props) {
  installDictionaries(appDictionaries);
  return (
    <AppClientProvider create={(auth) => props.createClient?.() ?? createAppClient(appCache, auth)}>
      <Router root={Root}>{appRoutes}</Router>
    </AppClientProvider>
  );
}
