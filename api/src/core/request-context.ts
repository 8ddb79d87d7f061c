import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from './context.js';
import { createLoaders, type Loaders } from './loaders.js';

interface PgClient {
  query(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}
interface KnexClient {
  acquireConnection(): Promise<PgClient>;
  releaseConnection(connection: PgClient): Promise<void>;
}

const positional = new Map<string, string>();

/** `?` placeholders to PostgreSQL's `$n`, once per distinct statement. */
function toPositional(sql: string): string {
  let text = positional.get(sql);
  if (text === undefined) {
    let n = 0;
    text = sql.replace(/\?/g, () => `$${++n}`);
    if (positional.size < 1000) positional.set(sql, text);
  }
  return text;
}

/**
 * Runs a read-only statement on a pooled connection directly, without the ORM's and the
 * query builder's per-call work: the hot directory read spent a measurable share there.
 * The pool is the ORM's own, so limits (one connection with embedded PGlite) still hold —
 * which is also why it must never be called inside a transaction: with one connection it
 * would wait for the connection the transaction holds (`sql` below chooses for you).
 * Statements are logged like the ORM's, so query counts in tests include them.
 */
async function readRows<T>(root: EntityManager, sql: string, params: unknown[]): Promise<T> {
  const logger = root.config.getLogger();
  if (logger.isEnabled('query')) logger.logQuery({ query: sql, params });
  const client = (root.getConnection().getKnex() as unknown as { client: KnexClient }).client;
  const connection = await client.acquireConnection();
  try {
    return (await connection.query(toPositional(sql), params)).rows as T;
  } finally {
    await client.releaseConnection(connection);
  }
}

/**
 * A read with `em.execute`'s meaning (inside a transaction it runs on the transaction's
 * connection and sees its writes) and `readRows`' cost outside one. For loaders and read
 * models, which run both in queries and inside mutations.
 */
export function sql<T>(em: EntityManager, text: string, params: unknown[]): Promise<T> {
  return em.getTransactionContext() ? (em.execute(text, params) as unknown as Promise<T>) : readRows<T>(em, text, params);
}

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
    return (this.ownLoaders ??= createLoaders(this.em, self.user?.id ?? null, self.guest?.id ?? null));
  }

  set loaders(value: Loaders) {
    this.ownLoaders = value;
  }

  // An own function, not a method: callers pass `ctx.read` around.
  readonly read = <T>(text: string, params: unknown[]): Promise<T> => sql<T>(this.root, text, params);
}

export function makeContext(root: EntityManager, base: Base, em?: EntityManager): Context {
  return new RequestContext(root, base, em) as unknown as Context;
}
