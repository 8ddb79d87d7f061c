import pg from 'pg';

/**
 * One key for everything an instance does to the schema and its data at start-up (migrations,
 * reference and demo seeds, the first admin): instances started together take turns, and the
 * ones that wait find nothing left to do. A fixed number, so any build of the app agrees on it.
 */
export const STARTUP_LOCK_KEY = 715_200_001;

/**
 * Runs `work` while holding a session-level PostgreSQL advisory lock on a connection of its own,
 * outside the ORM's pool: migrations open their own transactions on pooled connections, and a
 * lock taken on one of those would end with the first commit. If this process dies, its session
 * ends and PostgreSQL releases the lock, so a crashed instance never blocks the next one.
 */
export async function withAdvisoryLock<T>(url: string, key: number, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [key]);
    try {
      return await work();
    } finally {
      await client.query('select pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await client.end();
  }
}
