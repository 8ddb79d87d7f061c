import type { ModuleManifest } from '../../core/module.js';
import { REGION_LIMITS } from './region.limits.js';
import { Cohort } from './cohorts/cohort.entity.js';
import { Province } from './directory/province.entity.js';
import { Region } from './directory/region.entity.js';
import { RegionResolver } from './directory/region.resolver.js';
import { CohortResolver } from './cohorts/cohort.resolver.js';
import { InviteRegionResolver, UserRegionResolver } from './directory/people-region.resolver.js';
import { cohortMembersLoaderFactory, regionLoaderFactory } from './directory/region.loaders.js';
import { seedRegions } from './directory/region.seed.js';
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
