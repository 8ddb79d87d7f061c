import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261203010000_highlight_reference } from './Migration20261203010000_highlight_reference.js';
import { Migration20261202100000_live_guards } from './Migration20261202100000_live_guards.js';
import { Migration20261202140000_word_review } from './Migration20261202140000_word_review.js';
import { Migration20261203080000_live_display } from './Migration20261203080000_live_display.js';

/** This module's schema changes since the shared history (api/src/migrations), oldest first. */
export const meetingMigrations: MigrationObject[] = [
  { name: 'Migration20261202100000_live_guards', class: Migration20261202100000_live_guards },
  { name: 'Migration20261202140000_word_review', class: Migration20261202140000_word_review },
  { name: 'Migration20261203010000_highlight_reference', class: Migration20261203010000_highlight_reference },
  { name: 'Migration20261203080000_live_display', class: Migration20261203080000_live_display },
];
