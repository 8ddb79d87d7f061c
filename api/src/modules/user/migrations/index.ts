import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261202120000_accounts } from './Migration20261202120000_accounts.js';

/** This module's schema changes since the shared history (api/src/migrations), oldest first. */
export const userMigrations: MigrationObject[] = [{ name: 'Migration20261202120000_accounts', class: Migration20261202120000_accounts }];
