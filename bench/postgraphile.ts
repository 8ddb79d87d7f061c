/**
 * The PostGraphile peer (bench/peers/postgraphile): installed on first use into its own folder
 * (its graphql 15 never meets the app's graphql 16), run as a child process on the bench
 * database under a role that can read the tables a page needs and nothing secret. See bench/README.md.
 */
import { execFileSync, fork } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { onCleanup, say, type BenchDb, type Target } from './lib.js';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'peers', 'postgraphile');

/** `npm ci` in the peer's folder when its node_modules is missing (the lockfile pins postgraphile 4.14.1). */
export function installPostGraphile(): void {
  if (fs.existsSync(path.join(DIR, 'node_modules', 'postgraphile', 'package.json'))) return;
  say('installing the PostGraphile peer (npm ci in bench/peers/postgraphile, first use only)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: DIR, stdio: ['ignore', 'ignore', 'inherit'] });
}

export interface PeerGrants {
  /** Tables the role may read whole. */
  tables: string[];
  /** Tables the role may read only some columns of (the rest hold secrets). */
  columns?: Record<string, string[]>;
  /** Smart comments and other schema notes for PostGraphile, run as the owner. */
  extra?: string[];
}

export interface PostGraphilePeer extends Target {
  /** A bearer token for PostGraphile's JWT handling (HS256, the role and the user's id as claims). */
  jwtFor(userId: number): string;
}

const base64url = (s: string | Buffer) => Buffer.from(s).toString('base64url');

/**
 * A login role `rembuk_bench_peer_<pid>` with select on `grants` only, then PostGraphile on the
 * database under it. Needs a database server (DATABASE_URL); the role is dropped by the clean-up.
 */
export async function startPostGraphile(db: BenchDb, grants: PeerGrants): Promise<PostGraphilePeer> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl || db.handOver) throw new Error('the PostGraphile peer needs a PostgreSQL server (DATABASE_URL)');
  installPostGraphile();
  const role = `rembuk_bench_peer_${process.pid}`;
  const password = crypto.randomBytes(18).toString('base64url');
  const owner = new pg.Client({ connectionString: db.url });
  await owner.connect();
  try {
    await owner.query(`drop role if exists ${role}`);
    await owner.query(`create role ${role} login password '${password}'`);
    onCleanup(async () => {
      // Its grants first (drop owned revokes them in this database), then the cluster-wide role.
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      try {
        await c.query(`drop owned by ${role}`);
        await c.query(`drop role if exists ${role}`);
      } finally {
        await c.end();
      }
    });
    await owner.query(`revoke all on schema public from ${role}`);
    await owner.query(`grant usage on schema public to ${role}`);
    await owner.query(`grant select on ${grants.tables.join(', ')} to ${role}`);
    for (const [table, cols] of Object.entries(grants.columns ?? {})) await owner.query(`grant select (${cols.join(', ')}) on ${table} to ${role}`);
    for (const statement of grants.extra ?? []) await owner.query(statement);
  } finally {
    await owner.end();
  }
  const url = new URL(db.url);
  url.username = role;
  url.password = password;
  const secret = crypto.randomBytes(32).toString('hex');
  const child = fork(path.join(DIR, 'server.mjs'), [], {
    cwd: DIR,
    env: { ...process.env, NODE_ENV: 'production', PEER_DATABASE_URL: url.toString(), PEER_POOL_MAX: String(db.poolMax), PEER_JWT_SECRET: secret },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  onCleanup(async () => void child.kill('SIGKILL'));
  const ready = await new Promise<{ url: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('PostGraphile did not start within 60 s')), 60_000);
    child.once('message', (m) => {
      clearTimeout(timer);
      resolve(m as { url: string });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`PostGraphile exited with ${code}`));
    });
  });
  return {
    url: ready.url,
    pid: child.pid,
    statements: () =>
      new Promise<number>((resolve) => {
        child.once('message', (m) => resolve((m as { statements: number }).statements));
        child.send('stats');
      }),
    async close() {
      if (child.exitCode !== null) return;
      const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await gone;
    },
    jwtFor(userId: number) {
      const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
      const claims = base64url(JSON.stringify({ role, user_id: userId, aud: 'postgraphile', exp: Math.floor(Date.now() / 1000) + 86_400 }));
      const signature = crypto.createHmac('sha256', secret).update(`${header}.${claims}`).digest('base64url');
      return `${header}.${claims}.${signature}`;
    },
  };
}
