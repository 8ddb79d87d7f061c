import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129000000_initial } from './Migration20261129000000_initial.js';
import { Migration20261129100000_forum } from './Migration20261129100000_forum.js';
import { Migration20261129200000_live_qa } from './Migration20261129200000_live_qa.js';

/**
 * Listed by hand: MikroORM discovers migrations with a native import(), which cannot load
 * .ts files under vitest. Append each new migration here.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261129000000_initial', class: Migration20261129000000_initial },
  { name: 'Migration20261129100000_forum', class: Migration20261129100000_forum },
  { name: 'Migration20261129200000_live_qa', class: Migration20261129200000_live_qa },
];
