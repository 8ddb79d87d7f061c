import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from './redis-server.js';
import { adminQuery, uniqueDbName, withDatabase } from './test-db.js';

const apiDir = path.resolve(import.meta.dirname, '..');
// The real server this suite runs against (a fresh database of its own, dropped afterwards).
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Instance {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** The real entry point (src/main.ts) in its own process, as `npm run dev -w api` runs it, without the watcher. */
async function spawnInstance(databaseUrl: string): Promise<Instance> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'development', DEMO_DATA: 'true', LOG_LEVEL: 'warn' };
  delete env.REDIS_URL;
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'src/main.ts'], { cwd: apiDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  return { child, url: `http://127.0.0.1:${port}`, output: () => output };
}

/** Resolves when /readyz answers 200; rejects with the process's output when it exits first. */
async function ready(instance: Instance, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (instance.child.exitCode !== null) throw new Error(`an instance exited during start-up (code ${instance.child.exitCode}):\n${instance.output()}`);
    try {
      if ((await fetch(`${instance.url}/readyz`)).status === 200) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`an instance was not ready in ${timeoutMs} ms:\n${instance.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('replicas started together on a fresh database', () => {
  const name = uniqueDbName('rembuk_together');
  const instances: Instance[] = [];
  afterAll(async () => {
    await Promise.all(
      instances.map(
        (i) =>
          new Promise<void>((resolve) => {
            if (i.child.exitCode !== null) return resolve();
            i.child.once('exit', () => resolve());
            i.child.kill('SIGKILL');
          }),
      ),
    );
    await adminQuery(serverUrl, `drop database if exists "${name}" with (force)`);
  });

  it('all three become ready, and each migration ran once', async () => {
    await adminQuery(serverUrl, `create database "${name}"`);
    const url = withDatabase(serverUrl, name);
    instances.push(...(await Promise.all([0, 1, 2].map(() => spawnInstance(url)))));
    await Promise.all(instances.map((i) => ready(i, 150_000)));

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const migrations = await client.query<{ name: string; runs: string }>(`select name, count(*) as runs from mikro_orm_migrations group by name`);
      expect(migrations.rows.length).toBeGreaterThan(0);
      expect(migrations.rows.filter((r) => Number(r.runs) !== 1)).toEqual([]);
    } finally {
      await client.end();
    }
  }, 200_000);
});
