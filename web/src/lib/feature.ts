import type { Component } from 'solid-js';
import type { RouteSectionProps } from '@solidjs/router';
import type { CacheConfig } from './cache/cacheConfig';
import type { Dictionary } from './dict/dictionary';
import type { Actor } from './roles';

/** Whether the signed-in user (null when signed out, undefined while loading) gets a link or widget. */
export type Audience = (actor: Actor | null | undefined) => boolean;

export interface FeatureRoute {
  /** A @solidjs/router pattern, e.g. `/forum/t/:threadId`. */
  path: string;
  /** Usually `lazy(() => import('./Page'))`, so a feature's code loads with its first page. */
  component: Component<RouteSectionProps>;
  /** Shown without the app's header and footer (the hall screen on a projector). */
  bare?: boolean;
}

/** A link in the header's main navigation; links appear in the order of the feature list. */
export interface NavLink {
  href: string;
  label: () => string;
  /** Everyone sees the link when absent. */
  show?: Audience;
}

/** Something a feature puts in the header beside the user menu (the notification bell). */
export interface HeaderWidget {
  component: Component;
  /** Everyone sees the widget when absent. */
  show?: Audience;
}

/**
 * Everything a feature brings to the app, in one object: the app builds its router, cache and
 * dictionaries from the list of these (features/index.ts), so a new feature is its own folder
 * and one line in that list.
 */
export interface WebFeature {
  /** Names the feature in start-up errors, e.g. when two features update the same mutation. */
  name: string;
  routes: FeatureRoute[];
  /** Graphcache keys, resolvers, updates and optimistic results for the types and fields it owns. */
  cache?: CacheConfig;
  dictionary?: Dictionary;
  nav?: NavLink[];
  header?: HeaderWidget[];
}
