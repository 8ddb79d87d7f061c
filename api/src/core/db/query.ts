import type { EntityManager } from '@mikro-orm/postgresql';
import { compile, sql, type Sql } from './sql.js';
import { withPgConnection } from './pg-connection.js';

/**
 * Runs a statement built with `sql` and returns its rows. Inside a transaction (an entity
 * manager given to a command's `load`/`change`) it runs on the transaction's connection;
 * otherwise on a pooled one, so reads outside a transaction need no forked entity manager.
 * Statements are logged like the ORM's own, so tests that count statements count these too.
 */
export async function query<T>(em: EntityManager, statement: Sql): Promise<T[]> {
  const { text, values } = compile(statement);
  const logger = em.config.getLogger();
  if (logger.isEnabled('query')) logger.logQuery({ query: text, params: values });
  return withPgConnection(em, async (connection) => (await connection.query(text, values)).rows as T[]);
}

/** The first row, or null. */
export async function queryOne<T>(em: EntityManager, statement: Sql): Promise<T | null> {
  return (await query<T>(em, statement))[0] ?? null;
}

/** A statement run for its effect: the number of rows it touched. */
export async function execute(em: EntityManager, statement: Sql): Promise<number> {
  const { text, values } = compile(statement);
  const logger = em.config.getLogger();
  if (logger.isEnabled('query')) logger.logQuery({ query: text, params: values });
  return withPgConnection(em, async (connection) => (await connection.query(text, values)).rowCount ?? 0);
}

/** A round trip to the database (readiness and start-up checks). */
export async function ping(em: EntityManager): Promise<void> {
  await execute(em, sql`select 1`);
}
