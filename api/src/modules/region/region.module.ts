import type { ModuleManifest } from '../../core/module.js';
import { REGION_LIMITS } from './region.limits.js';
import { Cohort } from './cohort.entity.js';
import { Province } from './province.entity.js';
import { Region } from './region.entity.js';
import { RegionResolver } from './region.resolver.js';
import { CohortResolver } from './cohort.resolver.js';
import { InviteRegionResolver, UserRegionResolver } from './people-region.resolver.js';
import { cohortMembersLoaderFactory, regionLoaderFactory } from './region.loaders.js';
import { seedRegions } from './region.seed.js';
import { canManageCohorts } from './cohort.policy.js';
import { regionMessages } from './region.messages.js';

/** The region directory (38 provinces, 514 kabupaten/kota) and cohorts of regions. */
export const regionModule: ModuleManifest = {
  name: 'region',
  limits: REGION_LIMITS,
  entities: [Province, Region, Cohort],
  resolvers: [RegionResolver, CohortResolver, UserRegionResolver, InviteRegionResolver],
  loaders: { region: regionLoaderFactory, cohortMembers: cohortMembersLoaderFactory },
  seeds: { reference: seedRegions },
  policies: { canManageCohorts },
  messages: regionMessages,
};
