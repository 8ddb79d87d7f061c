import type DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContextGuest, ContextUser } from './context.js';

/**
 * A request's loaders by name. Modules add theirs (module augmentation) and provide a factory
 * for each in their manifest: `ctx.loaders.forum.thread.load(id)`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/** Who the loaders read for: per-viewer data (read state, own votes) depends on it. */
export interface Viewer {
  userId: number | null;
  guestId: number | null;
}

export interface LoaderFactory<T> {
  /** `all` is the request's whole set, for loaders that use another module's (made on first use). */
  create(em: EntityManager, viewer: Viewer, all: Loaders): T;
  /**
   * For an event shared by many subscribers: this viewer's loaders on top of the shared ones
   * (made for no viewer). Omit when nothing in the set depends on the viewer.
   */
  forViewer?(shared: T, em: EntityManager, viewer: Viewer): T;
}

export type LoaderFactories = { [K in keyof Loaders]: LoaderFactory<Loaders[K]> };

const NO_VIEWER: Viewer = { userId: null, guestId: null };

/**
 * Makes each request's loaders, each set when first used: most operations touch two or three,
 * and a request should not pay for the rest. Getters on a prototype built once, state in own
 * fields (cheap to create, and `Object.create` overlays keep working).
 */
export class LoaderRegistry {
  private readonly proto: object;

  constructor(private readonly factories: Partial<Record<string, LoaderFactory<unknown>>>) {
    const proto = {};
    for (const [name, factory] of Object.entries(factories)) {
      Object.defineProperty(proto, name, {
        get(this: RequestLoaders) {
          return (this.made[name] ??= factory!.create(this.em, this.viewer, this as unknown as Loaders));
        },
      });
    }
    this.proto = proto;
  }

  create(em: EntityManager, viewer: Viewer = NO_VIEWER): Loaders {
    const loaders = Object.create(this.proto) as RequestLoaders;
    loaders.em = em;
    loaders.viewer = viewer;
    loaders.made = {};
    return loaders as unknown as Loaders;
  }

  /** The shared set as the prototype, with the viewer's own loaders where a factory has them. */
  forViewer(shared: Loaders, em: EntityManager, viewer: Viewer): Loaders {
    const own: PropertyDescriptorMap = {};
    for (const [name, factory] of Object.entries(this.factories)) {
      if (!factory?.forViewer) continue;
      let made: unknown;
      own[name] = { get: () => (made ??= factory.forViewer!((shared as unknown as Record<string, unknown>)[name], em, viewer)) };
    }
    return Object.create(shared, own) as Loaders;
  }
}

interface RequestLoaders {
  em: EntityManager;
  viewer: Viewer;
  made: Record<string, unknown>;
}

export const viewerOf = (user: ContextUser | null, guest: ContextGuest | null): Viewer => ({ userId: user?.id ?? null, guestId: guest?.id ?? null });

interface EventScope {
  em: EntityManager;
  /** By viewer key: user id, minus the participant id for guests, null for the shared set. */
  byViewer: Map<number | null, Loaders>;
}

// Keyed by the published message object, which pub/sub hands to every subscriber of the event.
const eventScopes = new WeakMap<object, EventScope>();

interface EventContext {
  em: EntityManager;
  loaders: Loaders;
  user: ContextUser | null;
  guest: ContextGuest | null;
  services: { loaders: LoaderRegistry };
}

/**
 * A subscription keeps one context for its whole life, so each event must read fresh rows.
 * All subscribers of one event share an entity manager and the loaders for data that does
 * not depend on who reads it: a post delivered to 1,000 open threads costs one query per
 * kind, not 1,000. Only the per-viewer loaders are made per subscriber, on first use.
 */
export function freshForEvent(ctx: EventContext, event: object): void {
  const registry = ctx.services.loaders;
  let scope = eventScopes.get(event);
  if (!scope) {
    const em = ctx.em.fork({ clear: true });
    scope = { em, byViewer: new Map([[null, registry.create(em)]]) };
    eventScopes.set(event, scope);
  }
  const viewer = viewerOf(ctx.user, ctx.guest);
  const key = viewer.userId ?? (viewer.guestId !== null ? -viewer.guestId : null);
  let loaders = scope.byViewer.get(key);
  if (!loaders) {
    loaders = registry.forViewer(scope.byViewer.get(null)!, scope.em, viewer);
    scope.byViewer.set(key, loaders);
  }
  ctx.em = scope.em;
  ctx.loaders = loaders;
}

/** A batch loader's answer: the rows of each key, in the keys' order (an empty list for a key with none). */
export function groupByKeys<K, R, V>(keys: readonly K[], rows: readonly R[], keyOf: (r: R) => K, map: (r: R) => V): V[][] {
  const groups = new Map<K, V[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = groups.get(k);
    if (list) list.push(map(r));
    else groups.set(k, [map(r)]);
  }
  return keys.map((k) => groups.get(k) ?? []);
}

// Values a list resolver loaded ahead (see `preload`), by loader: read at once by `loadKnown`.
const known = new WeakMap<object, Map<unknown, unknown>>();

/**
 * Loads these keys now and keeps their values, so `loadKnown` answers them without a promise.
 * A page of 50 rows with four relations otherwise makes 200 field promises, each with its
 * microtasks and async-context bookkeeping; loading ahead also keeps one statement per relation.
 */
export async function preload<K, V>(loader: DataLoader<K, V>, keys: readonly K[]): Promise<void> {
  const values = await loader.loadMany(keys);
  let map = known.get(loader) as Map<K, V> | undefined;
  if (!map) known.set(loader, (map = new Map()));
  keys.forEach((k, i) => {
    const v = values[i];
    if (!(v instanceof Error)) map.set(k, v as V);
  });
}

/** The value `preload` kept for this key, or the loader's promise when there is none. */
export function loadKnown<K, V>(loader: DataLoader<K, V>, key: K): V | Promise<V> {
  const map = known.get(loader) as Map<K, V> | undefined;
  return map?.has(key) ? (map.get(key) as V) : loader.load(key);
}
