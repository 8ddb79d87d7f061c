import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261202000000_outbox } from './Migration20261202000000_outbox.js';

/** Core's own tables (the outbox); listed by hand for the same reason as every module's. */
export const coreMigrations: MigrationObject[] = [{ name: 'Migration20261202000000_outbox', class: Migration20261202000000_outbox }];
