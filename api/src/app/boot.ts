import { Redis } from 'ioredis';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../core/config.js';
import type { Services } from '../core/context.js';
import { migrate, openOrm } from '../core/db/orm.js';
import { startEmbeddedDb, type EmbeddedDb } from '../core/db/embedded-db.js';
import { seedDemo, seedReference } from '../core/db/seeds.js';
import { STARTUP_LOCK_KEY, withAdvisoryLock } from '../core/db/advisory-lock.js';
import type { Logger } from '../core/logger.js';
import { redisOptions } from '../core/redis-health.js';
import { startHub } from '../core/hub.js';
import type { RunningServer } from '../core/http/server.js';
import { ensureAdminFromEnv } from '../modules/user/index.js';
import { app as composedApp } from './modules.js';
import { ping } from '../core/db/query.js';

export class StartupError extends Error {}

export interface App {
  server: RunningServer;
  orm: MikroORM;
  services: Services;
  /** Graceful: requests in progress finish, WebSocket clients are sent elsewhere, by `deadline` (epoch ms). */
  stop(deadline?: number): Promise<void>;
}

function describeDbError(err: unknown, url: string): string {
  const e = err as { code?: string; message?: string };
  let where = 'the database';
  try {
    const u = new URL(url);
    where = `${u.hostname}:${u.port || 5432}/${u.pathname.slice(1)}`;
  } catch {
    /* keep the generic name */
  }
  if (e.code === 'ECONNREFUSED') return `DATABASE_URL: cannot connect to PostgreSQL at ${where} (connection refused; is the server running?)`;
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') return `DATABASE_URL: host of ${where} not found`;
  if (e.code === '3D000') return `DATABASE_URL: database ${where} does not exist (create it first)`;
  if (e.code === '28P01' || e.code === '28000') return `DATABASE_URL: authentication failed for ${where}`;
  return `DATABASE_URL: cannot use ${where}: ${e.message ?? String(err)}`;
}

/** Opens the database (embedded or real), migrates, seeds, and serves. */
export async function bootApp(config: Config, logger: Logger): Promise<App> {
  let embedded: EmbeddedDb | undefined;
  let url = config.databaseUrl;
  if (!url) {
    const dataDir = path.join(config.dataDir, 'pglite');
    logger.info({ dataDir }, 'DATABASE_URL is not set: starting the embedded PostgreSQL (PGlite)');
    embedded = await startEmbeddedDb({ dataDir });
    url = embedded.url;
  }
  const composed = composedApp();
  let orm: MikroORM;
  try {
    orm = await openOrm({ url, entities: composed.entities, migrations: composed.migrations, poolMax: embedded?.maxConnections, logger });
    await ping(orm.em);
  } catch (err) {
    await embedded?.stop();
    throw new StartupError(describeDbError(err, url));
  }
  const prepare = async () => {
    const applied = await migrate(orm);
    if (applied.length) logger.info({ applied }, 'migrations applied');
    await seedReference(orm, composed.modules);
    if (config.demoData && (await seedDemo(orm, composed.modules))) logger.info('demo data seeded');
    if (await orm.em.fork().transactional((tx) => ensureAdminFromEnv(tx, config.adminEmail, config.adminPassword))) logger.info({ email: config.adminEmail }, 'first admin created');
  };
  // The embedded database belongs to this one process (and takes a single connection): nobody to wait for.
  if (embedded) await prepare();
  else await withAdvisoryLock(url, STARTUP_LOCK_KEY, prepare);

  let redis: Redis | undefined;
  if (config.redisUrl) {
    redis = new Redis(config.redisUrl, { ...redisOptions, lazyConnect: true });
    try {
      await redis.connect();
      await redis.ping();
    } catch (err) {
      redis.disconnect();
      await orm.close();
      await embedded?.stop();
      throw new StartupError(`REDIS_URL: cannot connect to Redis (${(err as Error).message})`);
    }
  }
  const readiness = redis ? [async () => void (await redis.ping())] : [];
  const hub = await startHub({ orm, config, logger, composed, redis, readiness });
  return {
    server: hub.server,
    orm,
    services: hub.services,
    async stop(deadline) {
      logger.debug('stop: hub');
      await hub.stop(deadline);
      redis?.disconnect();
      logger.debug('stop: orm');
      await orm.close();
      logger.debug('stop: embedded db');
      await embedded?.stop();
      logger.debug('stop: done');
    },
  };
}
