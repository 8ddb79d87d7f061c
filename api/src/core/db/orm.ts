import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Logger } from '../logger.js';
import type { MigrationObject } from '@mikro-orm/core';

export interface DbOptions {
  url: string;
  /** Every entity class (from the module manifests). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  /** Every migration, in the order they run (see composeModules). */
  migrations: MigrationObject[];
  poolMax?: number;
  logger?: Logger;
  /** Called for every SQL statement; tests use it to count queries. */
  onQuery?: (sql: string) => void;
}

export function ormOptions(opts: DbOptions): Options {
  return {
    clientUrl: opts.url,
    entities: opts.entities,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: false },
    pool: { min: 0, max: opts.poolMax ?? 10 },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: opts.onQuery ? ['query'] : false,
    logger: (message: string) => {
      if (opts.onQuery) opts.onQuery(message);
      else opts.logger?.debug(message);
    },
    migrations: { migrationsList: opts.migrations, transactional: true, allOrNothing: true, snapshot: false },
  };
}

export async function openOrm(opts: DbOptions): Promise<MikroORM> {
  return MikroORM.init(ormOptions(opts));
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
}
