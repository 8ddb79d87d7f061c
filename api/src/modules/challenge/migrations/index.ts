import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261203000000_challenges } from './Migration20261203000000_challenges.js';
import { Migration20261203020000_solutions } from './Migration20261203020000_solutions.js';
import { Migration20261203050000_discussion_follow } from './Migration20261203050000_discussion_follow.js';

/** This module's schema, oldest first. */
export const challengeMigrations: MigrationObject[] = [
  { name: 'Migration20261203000000_challenges', class: Migration20261203000000_challenges },
  { name: 'Migration20261203020000_solutions', class: Migration20261203020000_solutions },
  { name: 'Migration20261203050000_discussion_follow', class: Migration20261203050000_discussion_follow },
];
