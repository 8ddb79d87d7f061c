import type { CacheConfig } from '../../lib/cache/cacheConfig';
import { embedded } from '../../lib/cache/embedded';

/** Plans, their members and items are keyed by id; scores, priorities and stamps live inside them. */
export const plansCache: CacheConfig = {
  keys: {
    PlanConnection: embedded,
    PlanEdge: embedded,
    PlanProjection: embedded,
    PlanDomainProjection: embedded,
    PlanPriority: embedded,
    PlanItemChange: embedded,
    PlanEvent: embedded,
  },
};
