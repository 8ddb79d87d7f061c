import { relayPagination } from '@urql/exchange-graphcache/extras';
import type { CacheConfig } from '../../lib/cache/cacheConfig';
import { embedded } from '../../lib/cache/embedded';

/** Regions and provinces are keyed by their code; the directory's pages join into one list. */
export const regionsCache: CacheConfig = {
  keys: {
    Region: (data) => data.code as string,
    Province: (data) => data.code as string,
    RegionConnection: embedded,
    RegionEdge: embedded,
  },
  resolvers: {
    Query: {
      regions: relayPagination(),
    },
  },
};
