/** The region module's public surface: what other modules may use (architecture rule). */
export { regionModule } from './region.module.js';
export { Region, RegionKind } from './directory/region.entity.js';
export { Cohort } from './cohorts/cohort.entity.js';
export { RegionView } from './directory/region.view.js';
export { REGION_COLUMNS, regionView, type RegionSqlRow } from './directory/region.rows.js';
export { allRegions, regionsIfLoaded } from './directory/region.cache.js';
export { LIVING_LAB_COHORT } from './directory/region.seed.js';
