import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261203120000_plans } from './Migration20261203120000_plans.js';

/** This module's schema, oldest first. */
export const planMigrations: MigrationObject[] = [{ name: 'Migration20261203120000_plans', class: Migration20261203120000_plans }];
