/** The region module's public surface: what other modules may use (architecture rule). */
export { regionModule } from './region.module.js';
export { Region, RegionKind } from './region.entity.js';
export { Cohort } from './cohort.entity.js';
export { RegionView } from './region.view.js';
export { REGION_COLUMNS, regionView, type RegionSqlRow } from './region.rows.js';
export { allRegions, regionsIfLoaded } from './region.cache.js';
export { LIVING_LAB_COHORT } from './region.seed.js';
