import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from './context.js';
import { viewerOf, type Loaders } from './loaders.js';
import { query } from './db/query.js';
import type { Sql } from './db/sql.js';

type Base = Omit<Context, 'em' | 'loaders' | 'read'>;

/**
 * A request's context with the entity manager and loaders made on first use: many operations
 * (public lists, cached reads) never need one, and forking costs on every request. The lazy
 * parts live on the prototype and their state in own fields, because Apollo shallow-copies
 * the context per operation (Object.assign would call getters, forking for every request).
 */
class RequestContext {
  ownEm: EntityManager | undefined;
  ownLoaders: Loaders | undefined;

  constructor(
    readonly root: EntityManager,
    base: Base,
    em: EntityManager | undefined,
  ) {
    Object.assign(this, base);
    this.ownEm = em;
    this.ownLoaders = undefined;
  }

  get em(): EntityManager {
    return (this.ownEm ??= this.root.fork());
  }

  set em(value: EntityManager) {
    this.ownEm = value;
    this.ownLoaders = undefined;
  }

  get loaders(): Loaders {
    const self = this as unknown as Context & RequestContext;
    return (this.ownLoaders ??= self.services.loaders.create(this.em, viewerOf(self.user, self.guest)));
  }

  set loaders(value: Loaders) {
    this.ownLoaders = value;
  }

  // An own function, not a method: callers pass `ctx.read` around. Outside any transaction, so no fork is needed.
  readonly read = <T>(statement: Sql): Promise<T[]> => query<T>(this.root, statement);
}

export function makeContext(root: EntityManager, base: Base, em?: EntityManager): Context {
  return new RequestContext(root, base, em) as unknown as Context;
}
