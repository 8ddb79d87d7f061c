import type { Component } from 'solid-js';
import type { RouteSectionProps } from '@solidjs/router';
import type { CacheConfig } from './cache/cacheConfig';
import type { Dictionary } from './dict/dictionary';
import type { Actor } from './roles';
import type { IconName } from './ui/Icon';

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

/**
 * A link in the main navigation; links appear in the order of the feature list. Main sections
 * sit in the header (and in the phone's bottom bar while there is room); `manage` links (admin
 * pages) are grouped under one "Kelola" menu on wide screens and in the phone's "Lainnya" sheet.
 */
export interface NavLink {
  href: string;
  label: () => string;
  /** Everyone sees the link when absent. */
  show?: Audience;
  /** Shown in the phone's bottom bar and sheet; a plain square when absent. */
  icon?: IconName;
  /** `main` when absent. */
  group?: 'main' | 'manage';
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
