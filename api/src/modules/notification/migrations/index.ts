import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261203050000_notification_links } from './Migration20261203050000_notification_links.js';

/** This module's schema changes since the shared history (api/src/migrations), oldest first. */
export const notificationMigrations: MigrationObject[] = [{ name: 'Migration20261203050000_notification_links', class: Migration20261203050000_notification_links }];
