import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from './context.js';
import { createLoaders, type Loaders } from './loaders.js';

/**
 * Builds a request's context with the entity manager and loaders made on first use: many
 * operations (public lists, cached reads) never need one, and forking costs on every request.
 */
export function makeContext(root: EntityManager, base: Omit<Context, 'em' | 'loaders' | 'read'>, em?: EntityManager): Context {
  let ownEm = em;
  let loaders: Loaders | undefined;
  return {
    ...base,
    read: <T>(sql: string, params: unknown[]) => root.getConnection().execute(sql, params) as Promise<T>,
    get em() {
      return (ownEm ??= root.fork());
    },
    set em(value: EntityManager) {
      ownEm = value;
      loaders = undefined;
    },
    get loaders() {
      return (loaders ??= createLoaders(this.em, this.user?.id ?? null, this.guest?.id ?? null));
    },
    set loaders(value: Loaders) {
      loaders = value;
    },
  };
}
