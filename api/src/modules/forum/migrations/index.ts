import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261203010000_references } from './Migration20261203010000_references.js';
import { Migration20261203020000_excerpt } from './Migration20261203020000_excerpt.js';

/** This module's schema changes since the shared history (api/src/migrations), oldest first. */
export const forumMigrations: MigrationObject[] = [
  { name: 'Migration20261203010000_references', class: Migration20261203010000_references },
  { name: 'Migration20261203020000_excerpt', class: Migration20261203020000_excerpt },
];
