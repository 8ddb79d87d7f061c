import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129000000_initial } from './Migration20261129000000_initial.js';
import { Migration20261129100000_forum } from './Migration20261129100000_forum.js';
import { Migration20261129200000_live_qa } from './Migration20261129200000_live_qa.js';

/**
 * The schema's history from before each module kept its own migrations (up to 2026-11-29).
 * Applied databases record these names, so they stay as they are; new migrations live in
 * their module's `migrations/` folder and are listed in its manifest. Listed by hand:
 * MikroORM discovers migrations with a native import(), which cannot load .ts under vitest.
 */
export const migrationHistory: MigrationObject[] = [
  { name: 'Migration20261129000000_initial', class: Migration20261129000000_initial },
  { name: 'Migration20261129100000_forum', class: Migration20261129100000_forum },
  { name: 'Migration20261129200000_live_qa', class: Migration20261129200000_live_qa },
];
