import type { CacheExchangeOpts, KeyingConfig, OptimisticMutationConfig, Resolver, UpdateResolver } from '@urql/exchange-graphcache';

/** The parts of graphcache's options a feature contributes; the app merges them into one exchange. */
export type CacheConfig = Pick<CacheExchangeOpts, 'keys' | 'resolvers' | 'updates' | 'optimistic'>;

/** A cache config and who brought it, so a clash can name both sides. */
export interface CachePart {
  name: string;
  cache?: CacheConfig;
}

type Owners = Map<string, string>;

function claim(owners: Owners, what: string, name: string): void {
  const owner = owners.get(what);
  if (owner !== undefined) throw new Error(`Cache config ${what} is defined by both "${owner}" and "${name}"`);
  owners.set(what, name);
}

/** Copies `entries` into `into`; `label` says where, for the error a second definition throws. */
function mergeFlat<V>(into: Record<string, V>, entries: Record<string, V> | undefined, label: string, name: string, owners: Owners): void {
  for (const [key, value] of Object.entries(entries ?? {})) {
    claim(owners, `${label}.${key}`, name);
    into[key] = value;
  }
}

function mergeNested<V>(into: Record<string, Record<string, V>>, entries: Record<string, Record<string, V> | void> | undefined, label: string, name: string, owners: Owners): void {
  for (const [typeName, fields] of Object.entries(entries ?? {})) {
    if (!fields) continue;
    mergeFlat((into[typeName] ??= {}), fields, `${label} ${typeName}`, name, owners);
  }
}

/**
 * One graphcache config from every feature's part. Graphcache keeps only one function per type
 * key, resolver, update or optimistic field, so when two parts define the same one, one of them
 * would silently never run: that throws at start-up instead, naming both parts.
 */
export function mergeCacheConfigs(parts: CachePart[]): Required<CacheConfig> {
  const owners: Owners = new Map();
  const keys: KeyingConfig = {};
  const resolvers: Record<string, Record<string, Resolver | void>> = {};
  const updates: Record<string, Record<string, UpdateResolver | void>> = {};
  const optimistic: OptimisticMutationConfig = {};
  for (const { name, cache } of parts) {
    mergeFlat(keys, cache?.keys, 'keys', name, owners);
    mergeNested(resolvers, cache?.resolvers, 'resolvers', name, owners);
    mergeNested(updates, cache?.updates, 'updates', name, owners);
    mergeFlat(optimistic, cache?.optimistic, 'optimistic', name, owners);
  }
  return { keys, resolvers, updates, optimistic };
}
