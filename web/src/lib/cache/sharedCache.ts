import type { CacheConfig } from './cacheConfig';
import { embedded } from './embedded';

/** Types no single feature owns: lib's own queries (server info) and cursor page info. */
export const sharedCache: CacheConfig = {
  keys: {
    ServerInfo: embedded,
    PageInfo: embedded,
  },
};
