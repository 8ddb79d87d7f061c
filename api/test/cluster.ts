// Real topologies for tests, e2e and benchmarks: API processes (the source entry or the built
// app), HAProxy in front of them, people with sessions. No ORM here, so e2e and bench import it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './redis-server.js';

const apiDir = path.resolve(import.meta.dirname, '..');

export interface ApiProcess {
  child: ChildProcess;
  port: number;
  url: string;
  output: () => string;
  /** Resolves with the exit code (or signal) once the process has gone. */
  exited: Promise<number | NodeJS.Signals | null>;
}

export interface SpawnOptions {
  databaseUrl: string;
  redisUrl?: string;
  /** `dist`: node api/dist/main.js (built app); `src`: src/main.ts through swc, as `npm run dev` without the watcher. */
  entry?: 'src' | 'dist';
  env?: Record<string, string>;
}

export async function spawnApi(opts: SpawnOptions): Promise<ApiProcess> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: opts.databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'development',
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    ...opts.env,
  };
  if (opts.redisUrl) env.REDIS_URL = opts.redisUrl;
  else delete env.REDIS_URL;
  const args = opts.entry === 'dist' ? [path.join(apiDir, 'dist/main.js')] : ['--import', '@swc-node/register/esm-register', 'src/main.ts'];
  const child = spawn(process.execPath, args, { cwd: apiDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  return { child, port, url: `http://127.0.0.1:${port}`, output: () => output, exited };
}

/** Resolves when `${url}/readyz` answers 200; rejects with the process's output when it exits first. */
export async function whenReady(api: ApiProcess, timeoutMs = 90_000, url = api.url): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (api.child.exitCode !== null || api.child.signalCode !== null) throw new Error(`an API process exited during start-up:\n${api.output()}`);
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`an API process was not ready in ${timeoutMs} ms:\n${api.output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function killApi(api: ApiProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (api.child.exitCode === null && api.child.signalCode === null) api.child.kill(signal);
  await api.exited;
}

export interface Proxy {
  url: string;
  port: number;
  /** The cookie HAProxy routes on: `rembuk_instance=<name>` pins a client to that server. */
  cookie: string;
  config: string;
  stop(): Promise<void>;
}

/**
 * deploy/haproxy.cfg (what docker-compose runs) for servers at the given addresses: listening
 * on `port`, the servers named instead of found through Docker's DNS, round robin (so a test knows
 * both get traffic) and a cookie that pins a client to one server.
 */
export function haproxyConfig(port: number, servers: { name: string; address: string }[]): string {
  const deployed = fs.readFileSync(path.join(apiDir, '../deploy/haproxy.cfg'), 'utf8');
  const named = [`  cookie rembuk_instance insert indirect nocache httponly`, ...servers.map((s) => `  server ${s.name} ${s.address} check cookie ${s.name}`)].join('\n');
  const out = deployed
    .replace(/^resolvers docker\n(?:.+\n)+\n/m, '')
    .replace(/^ {2}bind :4000$/m, `  bind 127.0.0.1:${port}`)
    .replace(/^ {2}balance leastconn$/m, '  balance roundrobin')
    .replace(/^ {2}# BEGIN servers\n[\s\S]*? {2}# END servers$/m, named);
  if (out.includes('resolvers') || !out.includes(`bind 127.0.0.1:${port}`) || !out.includes('balance roundrobin')) throw new Error('deploy/haproxy.cfg changed shape: update haproxyConfig in api/test/cluster.ts');
  return out;
}

export async function startHaproxy(servers: { name: string; address: string }[]): Promise<Proxy> {
  const binary = ['/usr/sbin/haproxy', '/usr/local/sbin/haproxy'].find((p) => fs.existsSync(p));
  if (!binary) throw new Error('haproxy not found: install it with `apt-get install -y haproxy`');
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rembuk-haproxy-'));
  const config = haproxyConfig(port, servers);
  const file = path.join(dir, 'haproxy.cfg');
  fs.writeFileSync(file, config);
  // -db: foreground, no daemon; -W would fork a master we would have to find again.
  const child = spawn(binary, ['-db', '-f', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`haproxy exited:\n${output}`);
    try {
      await fetch(`${url}/healthz`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`haproxy did not listen:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    port,
    cookie: 'rembuk_instance',
    config,
    stop: () =>
      new Promise((resolve) => {
        fs.rmSync(dir, { recursive: true, force: true });
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}

/** People with sessions, written straight into the database (signing in would trip per-address limits). */
export async function seedPeople(databaseUrl: string, people: { role: 'ADMIN' | 'FACILITATOR' | 'MEMBER'; regionCode?: string }[]): Promise<{ id: number; token: string }[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const made: { id: number; token: string }[] = [];
    for (const [i, p] of people.entries()) {
      const tag = `${process.pid}_${randomBytes(3).toString('hex')}_${i}`;
      const { rows } = await client.query<{ id: number }>(
        `insert into app_user (name, email, username, role, region_code, organisation, password_hash) values ($1, $2, $3, $4, $5, $6, 'not-a-hash') returning id`,
        [`${p.role} ${i}`, `u${tag}@test.rembuk.id`, `u${tag}`, p.role, p.regionCode ?? null, p.regionCode ? null : 'Test'],
      );
      const token = randomBytes(32).toString('base64url');
      await client.query(`insert into user_session (token_hash, user_id, expires_at) values ($1, $2, now() + interval '1 day')`, [createHash('sha256').update(token).digest('hex'), rows[0]!.id]);
      made.push({ id: rows[0]!.id, token });
    }
    return made;
  } finally {
    await client.end();
  }
}

export async function gqlAt<T>(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const text = await res.text();
  try {
    const body = JSON.parse(text) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    return { status: res.status, ...body };
  } catch {
    // Not the API's answer (the proxy's own error page): say what came back.
    return { status: res.status, errors: [{ message: `${res.status} from ${res.headers.get('x-rembuk-instance') ?? 'the proxy'}: ${text.slice(0, 200)}` }] };
  }
}
