import { Redis } from 'ioredis';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../core/config.js';
import type { Services } from '../core/context.js';
import { migrate, openOrm } from '../core/db/orm.js';
import { startEmbeddedDb, type EmbeddedDb } from '../core/db/embedded-db.js';
import type { Logger } from '../core/logger.js';
import { createEventBus } from '../core/events/bus.js';
import { MemoryRateLimiter, RedisRateLimiter } from '../core/rate-limit.js';
import { seedReferenceData } from './reference-data.js';
import { buildAppSchema } from '../core/graphql/schema.js';
import { startServer, type RunningServer } from '../core/http/server.js';
import { seedDemoData } from '../modules/demo/demo.seed.js';
import { ensureAdminFromEnv } from '../modules/user/admin.js';
import { MemoryPresenceStore, RedisPresenceStore } from '../modules/forum/presence.js';
import { LocalOnlineCounts, RedisOnlineCounts } from '../modules/meeting/live-online.js';
import { LiveCoalescer } from '../modules/meeting/live-events.js';
import path from 'node:path';

export class StartupError extends Error {}

export interface App {
  server: RunningServer;
  orm: MikroORM;
  services: Services;
  stop(): Promise<void>;
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
  let orm: MikroORM;
  try {
    orm = await openOrm({ url, poolMax: embedded?.maxConnections, logger });
    await orm.em.fork().execute('select 1');
  } catch (err) {
    await embedded?.stop();
    throw new StartupError(describeDbError(err, url));
  }
  const applied = await migrate(orm);
  if (applied.length) logger.info({ applied }, 'migrations applied');
  await seedReferenceData(orm.em.fork());
  if (config.demoData && (await seedDemoData(orm.em.fork()))) logger.info('demo data seeded');
  if (await ensureAdminFromEnv(orm.em.fork(), config.adminEmail, config.adminPassword)) logger.info({ email: config.adminEmail }, 'first admin created');

  let redis: Redis | undefined;
  if (config.redisUrl) {
    redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: true });
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
  const bus = createEventBus(config.redisUrl);
  const services: Services = {
    config,
    logger,
    pubsub: bus.pubsub,
    rateLimiter: redis ? new RedisRateLimiter(redis) : new MemoryRateLimiter(),
    presence: redis ? new RedisPresenceStore(redis) : new MemoryPresenceStore(),
    live: new LiveCoalescer(orm.em, bus.pubsub, logger, redis ? new RedisOnlineCounts(redis) : new LocalOnlineCounts()),
  };
  const schema = await buildAppSchema(bus.pubsub);
  const readiness = redis ? [async () => void (await redis.ping())] : [];
  const server = await startServer({ orm, schema, services, readiness });
  return {
    server,
    orm,
    services,
    async stop() {
      logger.debug('stop: server');
      await server.close();
      services.live.stop();
      logger.debug('stop: bus');
      await bus.close();
      redis?.disconnect();
      logger.debug('stop: orm');
      await orm.close();
      logger.debug('stop: embedded db');
      await embedded?.stop();
      logger.debug('stop: done');
    },
  };
}
