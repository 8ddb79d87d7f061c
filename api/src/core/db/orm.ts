import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Logger } from '../logger.js';
import { entities } from '../../app/entities.js';
import { migrationsList } from '../../migrations/index.js';

export interface DbOptions {
  url: string;
  poolMax?: number;
  logger?: Logger;
  /** Called for every SQL statement; tests use it to count queries. */
  onQuery?: (sql: string) => void;
}

export function ormOptions(opts: DbOptions): Options {
  return {
    clientUrl: opts.url,
    entities,
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
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false },
  };
}

export async function openOrm(opts: DbOptions): Promise<MikroORM> {
  return MikroORM.init(ormOptions(opts));
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
}
