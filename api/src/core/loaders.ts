import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RegionView } from '../modules/region/region.view.js';
import { allRegions } from '../modules/region/region.cache.js';
import { SpbeFramework } from '../modules/spbe/framework.entity.js';
import { Assessment } from '../modules/assessment/assessment.entity.js';
import { createForumLoaders, withUser, type ForumLoaders } from '../modules/forum/forum.loaders.js';
import { createLiveLoaders, withViewer, type LiveLoaders, type Viewer } from '../modules/meeting/meeting.loaders.js';
import { loadFrameworkStructure, type FrameworkStructure } from '../modules/spbe/framework.structure.js';

/** Batches lookups made by field resolvers into one query per kind, per request. */
export interface Loaders {
  region: DataLoader<string, RegionView | null>;
  frameworkByCode: DataLoader<string, SpbeFramework | null>;
  frameworkStructure: DataLoader<number, FrameworkStructure>;
  /** Key `${frameworkId}:${regionCode}`: all of that region's assessments, oldest year first. */
  assessments: DataLoader<string, Assessment[]>;
  forum: ForumLoaders;
  live: LiveLoaders;
}

function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/**
 * A request's loaders, each made when first used: most operations touch two or three of the
 * twenty-odd, and a request should not pay for the rest. Getters on the prototype, state in
 * own fields (cheap to create, and `Object.create` overlays keep working).
 */
class RequestLoaders implements Loaders {
  private made: Partial<Loaders> = {};

  constructor(
    private readonly em: EntityManager,
    private readonly userId: number | null,
    private readonly guestId: number | null,
  ) {}

  get forum(): ForumLoaders {
    return (this.made.forum ??= createForumLoaders(this.em, this.userId));
  }

  get live(): LiveLoaders {
    return (this.made.live ??= createLiveLoaders(this.em, viewerOf(this.userId, this.guestId)));
  }

  get region(): Loaders['region'] {
    const em = this.em;
    return (this.made.region ??= new DataLoader(async (codes) => {
      const regions = await allRegions(em);
      return codes.map((c) => regions.get(c) ?? null);
    }));
  }

  get frameworkByCode(): Loaders['frameworkByCode'] {
    const em = this.em;
    return (this.made.frameworkByCode ??= new DataLoader(async (codes) => byKey(codes, await em.find(SpbeFramework, { code: { $in: [...codes] } }), (f) => f.code)));
  }

  get frameworkStructure(): Loaders['frameworkStructure'] {
    const em = this.em;
    return (this.made.frameworkStructure ??= new DataLoader((ids) => Promise.all(ids.map((id) => loadFrameworkStructure(em, id)))));
  }

  get assessments(): Loaders['assessments'] {
    const em = this.em;
    return (this.made.assessments ??= new DataLoader(async (keys) => {
      const pairs = keys.map((k) => k.split(':'));
      const rows = await em.find(
        Assessment,
        { $or: groupPairs(pairs).map(([frameworkId, regions]) => ({ framework: Number(frameworkId), region: { $in: regions } })) },
        { orderBy: { year: 'asc' } },
      );
      const grouped = new Map<string, Assessment[]>();
      for (const a of rows) {
        const key = `${a.framework.id}:${a.region.code}`;
        grouped.set(key, [...(grouped.get(key) ?? []), a]);
      }
      return keys.map((k) => grouped.get(k) ?? []);
    }));
  }
}

export function createLoaders(em: EntityManager, userId: number | null = null, guestId: number | null = null): Loaders {
  return new RequestLoaders(em, userId, guestId);
}

function groupPairs(pairs: string[][]): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const [fw, region] of pairs) groups.set(fw, [...(groups.get(fw) ?? []), region]);
  return [...groups.entries()];
}

interface EventScope {
  em: EntityManager;
  /** By viewer: user id, minus the participant id for guests, null for the shared set. */
  byUser: Map<number | null, Loaders>;
}

// Keyed by the published message object, which pub/sub hands to every subscriber of the event.
const eventScopes = new WeakMap<object, EventScope>();

/**
 * A subscription keeps one context for its whole life, so each event must read fresh rows.
 * All subscribers of one event share an entity manager and the loaders for data that does
 * not depend on who reads it: a post delivered to 1,000 open threads costs one query per
 * kind, not 1,000. Only the per-user loaders (read state) are made per subscriber.
 */
/**
 * A viewer's loaders on top of the shared ones: the shared set is the prototype, and only the
 * viewer-dependent loaders are own properties, made on first use. Thousands of subscribers
 * copying loader sets showed up as garbage-collection time in the delivery benchmark.
 */
function perViewer(shared: Loaders, em: EntityManager, userId: number | null, guestId: number | null): Loaders {
  return Object.create(shared, {
    forum: { value: withUser(shared.forum, em, userId) },
    live: { value: withViewer(shared.live, em, viewerOf(userId, guestId)) },
  }) as Loaders;
}

const viewerOf = (userId: number | null, guestId: number | null): Viewer =>
  userId !== null ? { userId } : guestId !== null ? { participantId: guestId } : null;

export function freshForEvent(ctx: { em: EntityManager; loaders: Loaders; user: { id: number } | null; guest: { id: number } | null }, event: object): void {
  let scope = eventScopes.get(event);
  if (!scope) {
    const em = ctx.em.fork({ clear: true });
    scope = { em, byUser: new Map([[null, createLoaders(em, null)]]) };
    eventScopes.set(event, scope);
  }
  const userId = ctx.user?.id ?? null;
  const guestId = ctx.guest?.id ?? null;
  const key = userId ?? (guestId !== null ? -guestId : null);
  let loaders = scope.byUser.get(key);
  if (!loaders) {
    const shared = scope.byUser.get(null)!;
    loaders = perViewer(shared, scope.em, userId, guestId);
    scope.byUser.set(key, loaders);
  }
  ctx.em = scope.em;
  ctx.loaders = loaders;
}
