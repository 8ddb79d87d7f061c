import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The one place that reaches into knex's internals (MikroORM's SQL layer). Statements run on
 * the driver's connection directly: the query builder's per-call work was a measurable share of
 * the hottest reads, and knex rewrites every `?` (also inside jsonb operators) and expands array
 * parameters into lists. Inside a transaction, knex's transaction object is itself a knex
 * instance whose client always hands out the transaction's connection, so the statement sees
 * (and is undone with) the transaction's writes. pg-connection.test.ts fails if an upgrade
 * changes any of this.
 */
export interface PgConnection {
  query(text: string, values: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<void>;
}

interface HasKnexClient {
  client: KnexClient;
}

function clientOf(em: EntityManager): KnexClient {
  const trx = em.getTransactionContext<never>() as HasKnexClient | undefined;
  return (trx ?? (em.getConnection().getKnex() as unknown as HasKnexClient)).client;
}

/** Runs `work` on the connection `em` would use: the open transaction's, or one from the pool. */
export async function withPgConnection<T>(em: EntityManager, work: (connection: PgConnection) => Promise<T>): Promise<T> {
  const client = clientOf(em);
  const connection = await client.acquireConnection();
  try {
    return await work(connection);
  } finally {
    await client.releaseConnection(connection);
  }
}
