import type { Redis } from 'ioredis';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from './config.js';
import type { Services } from './context.js';
import type { Logger } from './logger.js';
import type { ComposedModules, ModuleServices } from './module.js';
import { createEventBus } from './events/bus.js';
import { LoaderRegistry } from './loaders.js';
import { FallbackRateLimiter, MemoryRateLimiter, RedisRateLimiter } from './rate-limit.js';
import { RedisHealth } from './redis-health.js';
import { buildAppSchema } from './graphql/schema.js';
import { startServer, type RunningServer } from './http/server.js';
import type { ReadinessCheck } from './http/http-app.js';
import { OutboxRelay } from './events/relay.js';

export interface HubOptions {
  orm: MikroORM;
  config: Config;
  logger: Logger;
  composed: ComposedModules;
  /** Connected already; shares events, rate limits and module state between instances. */
  redis?: Redis;
  readiness?: ReadinessCheck[];
}

export interface Hub {
  server: RunningServer;
  services: Services;
  /** Stops serving (gracefully, by `deadline` in epoch ms) and the modules' services; the caller closes the database. */
  stop(deadline?: number): Promise<void>;
}

/** The services every request gets: core's, then each module's (in module order). */
function createServices(opts: HubOptions, pubsub: Services['pubsub'], health: RedisHealth): { services: Services; stops: ModuleServices['stop'][] } {
  const { orm, config, logger, redis, composed } = opts;
  const services = {
    config,
    logger,
    pubsub,
    rateLimiter: redis ? new FallbackRateLimiter(new RedisRateLimiter(redis), new MemoryRateLimiter(), () => health.up) : new MemoryRateLimiter(),
    loaders: new LoaderRegistry(composed.loaders),
    limits: composed.limits,
    outbox: new OutboxRelay(orm.em, pubsub, logger, { sweepEveryMs: config.outboxSweepSeconds * 1000, staleAfterSeconds: config.outboxSweepSeconds }),
  } as Partial<Services> as Services;
  const stops: ModuleServices['stop'][] = [];
  for (const m of composed.modules) {
    if (!m.services) continue;
    const made = m.services({ orm, config, logger, pubsub, redis });
    for (const key of Object.keys(made.provide)) if (key in services) throw new Error(`module ${m.name}: service "${key}" is already provided`);
    Object.assign(services, made.provide);
    stops.push(made.stop);
  }
  return { services, stops };
}

/** Serves the composed modules on an opened, migrated database: HTTP and WebSocket on one port. */
export async function startHub(opts: HubOptions): Promise<Hub> {
  // One watcher for every Redis connection, so an outage is logged once, not once per connection.
  const health = new RedisHealth(opts.logger);
  if (opts.redis) health.watch(opts.redis);
  const bus = createEventBus(opts.config.redisUrl, health);
  // Recovered events must reach the other instances too, not only this one's (none yet) subscribers.
  await bus.ready();
  const { services, stops } = createServices(opts, bus.pubsub, health);
  // What a crash left undelivered goes out first; later, any instance sweeps what another left.
  await services.outbox.recover();
  services.outbox.start();
  const schema = await buildAppSchema(opts.composed.resolvers, bus.pubsub);
  const server = await startServer({ orm: opts.orm, schema, services, readiness: opts.readiness, identity: opts.composed.identity, audiences: opts.composed.audiences });
  return {
    server,
    services,
    async stop(deadline) {
      await server.close(deadline);
      await services.outbox.stop();
      for (const stop of stops) await stop?.();
      health.stop();
      await bus.close();
    },
  };
}
