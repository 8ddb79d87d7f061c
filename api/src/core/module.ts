import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { MigrationObject } from '@mikro-orm/core';
import type { Redis } from 'ioredis';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { PubSub } from './events/bus.js';
import type { Services } from './context.js';
import type { LoaderFactories, LoaderFactory } from './loaders.js';
import type { Audience } from './realtime/fanout.js';
import type { IdentityProviders } from './auth/identity.js';
import type { ResolverClass } from './graphql/schema.js';
import type { Catalogue } from './messages.js';
import { coreMigrations } from './db/migrations/index.js';
import { coreResolvers } from './graphql/limits.resolver.js';

/** What a module's services are built from. */
export interface ServiceDeps {
  orm: MikroORM;
  config: Config;
  logger: Logger;
  pubsub: PubSub;
  /** Set when REDIS_URL is: state shared between API instances goes there. */
  redis: Redis | undefined;
}

type ModuleServiceKey = Exclude<keyof Services, 'config' | 'logger' | 'pubsub' | 'rateLimiter' | 'loaders' | 'outbox' | 'limits'>;

export interface ModuleServices {
  provide: Partial<Pick<Services, ModuleServiceKey>>;
  /** Called at shutdown, before the database closes. */
  stop?(): void | Promise<void>;
}

/**
 * One feature, as core sees it. Each module folder exports one manifest (its `<name>.module.ts`)
 * and core iterates over them; core imports no module. Adding a feature is its folder plus one
 * line in app/modules.ts.
 */
export interface ModuleManifest {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities?: Function[];
  resolvers?: ResolverClass[];
  loaders?: Partial<LoaderFactories>;
  /** Subscription root fields whose events are executed once per audience, by field name. */
  audiences?: Record<string, Audience>;
  migrations?: MigrationObject[];
  /** Reference data every installation needs (idempotent), and demo data (once; true when it seeded). */
  seeds?: { reference?(em: EntityManager): Promise<void>; demo?(em: EntityManager): Promise<boolean> };
  services?(deps: ServiceDeps): ModuleServices;
  identity?: IdentityProviders;
  /** Every policy of the module, by name: commands must use one of these (checked by a test). */
  policies?: Record<string, (actor: never, resource: never) => boolean>;
  messages?: Catalogue;
  /** Input limits the web shows and checks before sending (lengths, counts): public, by name. */
  limits?: Readonly<Record<string, number>>;
}

export interface ComposedModules {
  modules: readonly ModuleManifest[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  resolvers: ResolverClass[];
  loaders: Record<string, LoaderFactory<unknown>>;
  audiences: Record<string, Audience>;
  migrations: MigrationObject[];
  identity: IdentityProviders;
  /** Every module's public limits, by module name. */
  limits: Record<string, Readonly<Record<string, number>>>;
}

function once<T>(into: Record<string, T>, key: string, value: T, what: string, module: string): void {
  if (key in into) throw new Error(`module ${module}: ${what} "${key}" is already registered by another module`);
  into[key] = value;
}

/**
 * Merges the manifests; two modules claiming the same loader, audience, migration or identity is a
 * start-up error. `history` is the schema's migrations from before modules kept their own.
 */
export function composeModules(modules: readonly ModuleManifest[], history: MigrationObject[] = []): ComposedModules {
  const loaders: Record<string, LoaderFactory<unknown>> = {};
  const audiences: Record<string, Audience> = {};
  const migrations: Record<string, MigrationObject> = {};
  const identity: IdentityProviders = {};
  for (const m of [...coreMigrations, ...history]) once(migrations, m.name, m, 'migration', 'core');
  const names = new Set<string>();
  for (const m of modules) {
    if (names.has(m.name)) throw new Error(`module ${m.name} is listed twice`);
    names.add(m.name);
    for (const [k, v] of Object.entries(m.loaders ?? {})) once(loaders, k, v as LoaderFactory<unknown>, 'loader', m.name);
    for (const [k, v] of Object.entries(m.audiences ?? {})) once(audiences, k, v, 'audience', m.name);
    for (const mig of m.migrations ?? []) once(migrations, mig.name, mig, 'migration', m.name);
    for (const [k, v] of Object.entries(m.identity ?? {})) once(identity as Record<string, unknown>, k, v, 'identity provider', m.name);
  }
  return {
    modules,
    entities: modules.flatMap((m) => m.entities ?? []),
    resolvers: [...coreResolvers, ...modules.flatMap((m) => m.resolvers ?? [])],
    loaders,
    audiences,
    // Migrations run in name order (their names start with a timestamp), whichever module has them.
    migrations: Object.values(migrations).sort((a, b) => a.name.localeCompare(b.name)),
    identity,
    limits: Object.fromEntries(modules.filter((m) => m.limits).map((m) => [m.name, m.limits!])),
  };
}
