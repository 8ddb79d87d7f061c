import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261203010000_references } from './Migration20261203010000_references.js';

/** This module's schema changes since the shared history (api/src/migrations), oldest first. */
export const forumMigrations: MigrationObject[] = [{ name: 'Migration20261203010000_references', class: Migration20261203010000_references }];
