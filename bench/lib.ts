/**
 * What the benches share: loading the built API, knobs, output, clean-up on Ctrl-C, the bench
 * database, a bare node:http GraphQL server and autocannon runs. See bench/README.md.
 *
 * Importing this module has no side effects; graphql is imported only when a bare server starts,
 * so a bench can set NODE_ENV=production before graphql-js loads.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';

// ---------------------------------------------------------------------------------------------
// The real API, from its production build (api/dist, made by `npm run build -w api`): exactly what
// `node api/dist/main.js` runs; the types come from the sources it was built from.

export type ConfigModule = typeof import('../api/src/core/config.js');
export type BootModule = typeof import('../api/src/app/boot.js');
export type DbModule = typeof import('../api/src/core/db/orm.js');
export type EmbeddedDbModule = typeof import('../api/src/core/db/embedded-db.js');
export type SeedsModule = typeof import('../api/src/core/db/seeds.js');
export type ModulesModule = typeof import('../api/src/app/modules.js');
export type LoggerModule = typeof import('../api/src/core/logger.js');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const API_DIST = path.join(ROOT, 'api', 'dist');
/** The npm script of the running bench (bench/<name>.ts is `npm run bench:<name>`), for the hint below. */
const SCRIPT = `bench:${path.basename(process.argv[1] ?? '', '.ts')}`;

export async function loadApi<T>(rel: string): Promise<T> {
  const file = path.join(API_DIST, rel);
  if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: build the API first (npm run build -w api), or use npm run ${SCRIPT}`);
  return (await import(pathToFileURL(file).href)) as T;
}

// ---------------------------------------------------------------------------------------------
// Knobs and output

export function intEnv(key: string, fallback: number, min: number, max: number): number {
  const raw = process.env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${key} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

/** The knobs of every autocannon run. */
export interface LoadKnobs {
  connections: number;
  /** Measured seconds per server per round. */
  duration: number;
  warmup: number;
  /** Alternating rounds per server (one against the embedded database, see compare.ts). */
  rounds: number;
}

/** The load knobs plus a bench's own (`extra`); a bad value is a usage error: message and exit 2. */
export function readKnobs<T extends object = object>(extra?: () => T): LoadKnobs & T {
  try {
    const load: LoadKnobs = {
      connections: intEnv('BENCH_CONNECTIONS', 20, 1, 256),
      duration: intEnv('BENCH_DURATION', 5, 1, 120),
      warmup: intEnv('BENCH_WARMUP', 2, 0, 30),
      rounds: intEnv('BENCH_ROUNDS', 3, 1, 20),
    };
    return { ...load, ...(extra?.() ?? ({} as T)) };
  } catch (err) {
    process.stderr.write(`bench: ${(err as Error).message}\n`);
    process.exit(2);
  }
}

export function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** One table row: the first cell left-aligned, the others right-aligned. */
export function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
}

// ---------------------------------------------------------------------------------------------
// Clean-up that also runs on Ctrl-C (in the bench's main process only)

const cleanups: (() => Promise<void>)[] = [];
let cleaning: Promise<void> | undefined;
let interrupted = false;

/** Registers a clean-up step; steps run in reverse order, at the end or on SIGINT/SIGTERM. */
export function onCleanup(fn: () => Promise<void>): void {
  cleanups.push(fn);
}

function runCleanups(): Promise<void> {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) {
      let timer: NodeJS.Timeout | undefined;
      try {
        // Bounded, so one stuck step cannot keep the bench database from being dropped.
        await Promise.race([fn(), new Promise<void>((_, reject) => (timer = setTimeout(() => reject(new Error('timed out after 20 s')), 20_000)))]);
      } catch (err) {
        process.stderr.write(`bench: clean-up step failed: ${(err as Error).message}\n`);
      } finally {
        clearTimeout(timer);
      }
    }
  })();
  return cleaning;
}

/** Runs `main` with clean-up on Ctrl-C, then the clean-up, then exits (130 when interrupted, 1 on a crash). */
export async function runBench(main: () => Promise<void>): Promise<never> {
  // `on`, not `once`: a termination handler such as Apollo's (stopOnTerminationSignals) re-sends the
  // signal to this process when done; that second signal must not kill us before the clean-up.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      process.stderr.write(`bench: ${signal}, cleaning up\n`);
      void runCleanups().finally(() => process.exit(130));
    });
  }
  try {
    await main();
  } catch (err) {
    if (!interrupted) process.stderr.write(`bench: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = interrupted ? 130 : 1;
  } finally {
    await runCleanups();
  }
  // pg pools, PGlite or a stray timer must not keep a finished bench alive.
  process.exit(process.exitCode ?? 0);
}

// ---------------------------------------------------------------------------------------------
// Database

export interface BenchDb {
  label: string;
  /** Pool size of the servers: what bootApp gives the ORM for this kind of database. */
  poolMax: number;
  /** Where the bare server and the seeding connect. */
  url: string;
  /** Environment for the real API's loadConfig, pointing it at the same database. */
  appEnv: Record<string, string>;
  /**
   * Only for the embedded database, which has one owner at a time (so the bare server and the
   * API never run together): called after the bare run, before the real API boots.
   */
  handOver?: () => Promise<void>;
  /**
   * CPU time (ms) the bench database's PostgreSQL backends have used so far, per backend pid, from
   * /proc (pg_stat_statements is not assumed to be loaded). Only against a server on this machine.
   */
  pgCpu?: () => Promise<Map<number, number>>;
}

/**
 * With DATABASE_URL: a fresh database `rembuk_bench_<pid>` on that server, dropped by the clean-up.
 * Without: embedded PGlite in a temporary folder, deleted by the clean-up. `embeddedWhere` goes
 * into the label ("embedded PGlite<embeddedWhere> (data in ...)").
 */
export async function prepareDatabase(embeddedWhere = ''): Promise<BenchDb> {
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const name = `rembuk_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      const version = (await admin.query<{ server_version: string }>('show server_version')).rows[0].server_version;
      await admin.query(`drop database if exists "${name}"`);
      await admin.query(`create database "${name}"`);
      onCleanup(async () => {
        const c = new pg.Client({ connectionString: adminUrl });
        await c.connect();
        try {
          await c.query(`drop database if exists "${name}" with (force)`);
        } finally {
          await c.end();
        }
      });
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const meter = new pg.Client({ connectionString: adminUrl });
      await meter.connect();
      onCleanup(() => meter.end());
      const pgCpu = async () => {
        const pids = (await meter.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [name])).rows.map((r) => r.pid);
        const out = new Map<number, number>();
        for (const pid of pids) {
          const ms = procCpuMs(pid);
          if (ms !== null) out.set(pid, ms);
        }
        return out;
      };
      // The pool size bootApp gives the ORM against a real server (no poolMax: ormOptions' default).
      const { ormOptions } = await loadApi<DbModule>('core/db/orm.js');
      const poolMax = ormOptions({ url: url.toString(), entities: [], migrations: [] }).pool?.max;
      if (!poolMax) throw new Error('cannot tell the API pool size from ormOptions');
      return {
        label: `PostgreSQL ${version} via DATABASE_URL, database ${name}`,
        poolMax,
        url: url.toString(),
        appEnv: { DATABASE_URL: url.toString() },
        // PostgreSQL elsewhere (another host or container) has no /proc entries here.
        pgCpu: ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(url.hostname) ? pgCpu : undefined,
      };
    } finally {
      await admin.end();
    }
  }
  // Embedded: a PGlite data directory in a temporary folder. The bench seeds it and runs the bare
  // server on it through startEmbeddedDb; then it is closed and the real API opens the same
  // directory itself, exactly as it does without DATABASE_URL (bootApp starts PGlite in <DATA_DIR>/pglite).
  const dataDir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'rembuk-bench-'));
  onCleanup(() => fs.promises.rm(dataDir, { recursive: true, force: true }));
  const { startEmbeddedDb } = await loadApi<EmbeddedDbModule>('core/db/embedded-db.js');
  const embedded = await startEmbeddedDb({ dataDir: path.join(dataDir, 'pglite') });
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= embedded.stop());
  onCleanup(stop);
  return {
    label: `embedded PGlite${embeddedWhere} (data in ${dataDir})`,
    // The socket server accepts this many connections; bootApp sizes the ORM pool the same way.
    poolMax: embedded.maxConnections,
    url: embedded.url,
    appEnv: { DATA_DIR: dataDir },
    handOver: stop,
  };
}

/** The API's migrations and reference data (provinces, regions, forum categories). */
export async function migrateAndSeed(db: BenchDb): Promise<void> {
  const { openOrm, migrate } = await loadApi<DbModule>('core/db/orm.js');
  const { seedReference } = await loadApi<SeedsModule>('core/db/seeds.js');
  const { app } = await loadApi<ModulesModule>('app/modules.js');
  const { entities, migrations, modules } = app();
  const orm = await openOrm({ url: db.url, entities, migrations, poolMax: db.poolMax });
  try {
    await migrate(orm);
    await seedReference(orm, modules);
  } finally {
    await orm.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Servers under test

export interface Target {
  url: string;
  close(): Promise<void>;
  /** The server's own process, when it is not this one: its CPU is read from /proc. */
  pid?: number;
  /** Statements that server has sent so far, when it is not this process (see countStatements). */
  statements?: () => Promise<number>;
}

/** Closes at most once, and on Ctrl-C too (before the database goes away). */
export function closeOnce(target: Target): Target {
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= target.close());
  onCleanup(close);
  return { ...target, close };
}

/** The real API, started by bootApp as `node api/dist/main.js` does (production settings, no Redis, no admin). */
export async function startRembuk(appEnv: Record<string, string>): Promise<Target> {
  const { loadConfig } = await loadApi<ConfigModule>('core/config.js');
  const { bootApp } = await loadApi<BootModule>('app/boot.js');
  const { createLogger } = await loadApi<LoggerModule>('core/logger.js');
  const config = loadConfig({ NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...appEnv });
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const app = await bootApp(config, createLogger(config.logLevel));
  // Unless told stopOnTerminationSignals: false, Apollo adds SIGINT/SIGTERM handlers that call
  // apollo.stop(); a second, concurrent stop() (ours) never returns in @apollo/server 5.5.1. So the
  // bench removes whatever handlers booting added and stops the app once, from its clean-up.
  for (const s of signals) for (const l of process.listeners(s)) if (!before.get(s)?.has(l)) process.removeListener(s, l);
  return { url: `${app.server.url}/graphql`, close: () => app.stop() };
}

interface GraphQLRequestBody {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

function isGraphQLRequestBody(value: unknown): value is GraphQLRequestBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.query === 'string' &&
    (v.variables === undefined || v.variables === null || typeof v.variables === 'object') &&
    (v.operationName === undefined || v.operationName === null || typeof v.operationName === 'string')
  );
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/**
 * node:http + graphql-js, no framework: POST /graphql with a JSON body, on 127.0.0.1 and a free
 * port. Parsed and validated documents are cached like Apollo's documentStore. `contextOf`, when
 * given, makes each request's contextValue.
 */
export async function startHttpGraphql(
  schema: GraphQLSchema,
  rootValue: unknown,
  contextOf?: (req: http.IncomingMessage) => Promise<unknown>,
): Promise<{ server: http.Server; url: string }> {
  // Loaded here, not at the top, so that the bench has set NODE_ENV before graphql-js reads it.
  const { execute, GraphQLError, parse, validate } = await import('graphql');
  const documents = new Map<string, DocumentNode>();
  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST' || req.url !== '/graphql') return sendJson(res, 404, { errors: [{ message: 'Not found' }] });
    // The same CSRF rule as Apollo's csrfPrevention: a JSON body cannot come from a plain HTML form.
    if (!req.headers['content-type']?.startsWith('application/json')) return sendJson(res, 400, { errors: [{ message: 'Expected application/json' }] });
    let payload: unknown;
    try {
      payload = JSON.parse(await readBody(req, 2 * 1024 * 1024));
    } catch {
      return sendJson(res, 400, { errors: [{ message: 'Malformed JSON body' }] });
    }
    if (!isGraphQLRequestBody(payload)) return sendJson(res, 400, { errors: [{ message: 'Expected { query, variables?, operationName? }' }] });
    let document = documents.get(payload.query);
    if (!document) {
      let parsed: DocumentNode;
      try {
        parsed = parse(payload.query);
      } catch (err) {
        if (err instanceof GraphQLError) return sendJson(res, 400, { errors: [err.toJSON()] });
        throw err;
      }
      const errors = validate(schema, parsed);
      if (errors.length) return sendJson(res, 400, { errors: errors.map((e) => e.toJSON()) });
      if (documents.size >= 1000) documents.clear();
      documents.set(payload.query, parsed);
      document = parsed;
    }
    const result: ExecutionResult = await execute({
      schema,
      document,
      rootValue,
      contextValue: contextOf ? await contextOf(req) : undefined,
      variableValues: payload.variables,
      operationName: payload.operationName,
    });
    sendJson(res, 200, result);
  }
  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: (err as Error).message }] });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
}

export async function closeHttp(server: http.Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** The bare servers' pg.Pool, the same size as the API's. */
export function openPool(db: BenchDb): pg.Pool {
  const pool = new pg.Pool({ connectionString: db.url, max: db.poolMax });
  // An idle connection dropped by the server (e.g. the database dropped on Ctrl-C) must not crash the bench.
  pool.on('error', () => {});
  return pool;
}

/** startHttpGraphql for resolvers that read from `pool`, which ends when listening fails or after the server has closed. */
export async function startPooledHttpGraphql(
  pool: pg.Pool,
  schema: GraphQLSchema,
  rootValue: unknown,
  contextOf?: (req: http.IncomingMessage) => Promise<unknown>,
): Promise<Target> {
  let started: { server: http.Server; url: string };
  try {
    started = await startHttpGraphql(schema, rootValue, contextOf);
  } catch (err) {
    await pool.end();
    throw err;
  }
  return {
    url: started.url,
    async close() {
      await closeHttp(started.server);
      await pool.end();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Load generation (autocannon, in a child process so it does not share the server's event loop)

const requireFromHere = createRequire(import.meta.url);
const AUTOCANNON = path.join(path.dirname(requireFromHere.resolve('autocannon/package.json')), 'autocannon.js');

export interface LoadResult {
  requestsPerSecond: number;
  /** CPU time of the server's process per response during the measured run, in ms. */
  cpuMsPerRequest: number;
  /** CPU time of the database's PostgreSQL backends per response (when they can be read from /proc). */
  pgCpuMsPerRequest?: number;
  /** Statements sent to PostgreSQL per response (when counted). */
  statementsPerRequest?: number;
  total: number;
  p50: number;
  p99: number;
  errors: number;
}

export interface LoadRequest {
  /** JSON body of every POST. */
  body: string;
  /** Headers besides content-type, as `name=value`. */
  headers?: string[];
}

function num(obj: Record<string, unknown>, key: string): number {
  const v = obj[key];
  if (typeof v !== 'number') throw new Error(`autocannon output has no numeric ${key}`);
  return v;
}

function sub(obj: Record<string, unknown>, key: string): Record<string, unknown> {
  const v = obj[key];
  if (typeof v !== 'object' || v === null) throw new Error(`autocannon output has no ${key}`);
  return v as Record<string, unknown>;
}

/** One autocannon run; every response must be 2xx and byte-identical to `expectedBody`, or it counts as an error. */
export function runLoad(connections: number, url: string, seconds: number, request: LoadRequest, expectedBody: string): Promise<Omit<LoadResult, 'cpuMsPerRequest'>> {
  const args = [
    AUTOCANNON,
    '--json',
    '--connections', String(connections),
    '--duration', String(seconds),
    '--timeout', '10',
    '--method', 'POST',
    '--headers', 'content-type=application/json',
    ...(request.headers ?? []).flatMap((h) => ['--headers', h]),
    '--body', request.body,
    '--expectBody', expectedBody,
    url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    onCleanup(async () => void child.kill('SIGKILL'));
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const killer = setTimeout(() => child.kill('SIGKILL'), (seconds + 30) * 1000);
    child.on('error', (err) => {
      clearTimeout(killer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      if (code !== 0) return reject(new Error(`autocannon exited with ${code ?? signal}: ${stderr.trim().slice(-500)}`));
      try {
        const line = stdout.trim().split('\n').at(-1) ?? '';
        const out = JSON.parse(line) as unknown;
        if (typeof out !== 'object' || out === null) throw new Error('not an object');
        const o = out as Record<string, unknown>;
        const latency = sub(o, 'latency');
        const requests = sub(o, 'requests');
        resolve({
          requestsPerSecond: num(requests, 'average'),
          total: num(requests, 'total'),
          p50: num(latency, 'p50'),
          p99: num(latency, 'p99'),
          errors: num(o, 'errors') + num(o, 'timeouts') + num(o, 'non2xx') + num(o, 'mismatches'),
        });
      } catch (err) {
        reject(new Error(`cannot read autocannon output (${(err as Error).message}): ${stdout.slice(0, 300)}`));
      }
    });
  });
}

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux for every architecture Node runs on

/** User + system CPU time of a process in ms, from /proc/<pid>/stat; null when it is gone or unreadable. */
export function procCpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) in parentheses: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

let statementsHere: number | undefined;
/**
 * Counts the statements this process sends to PostgreSQL (the ORM and the bare servers' pools all
 * go through pg's Client#query); installed once, read by warmUpAndMeasure.
 */
export function countStatements(): void {
  if (statementsHere !== undefined) return;
  statementsHere = 0;
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
    statementsHere!++;
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
}

const cpuOf = (target: Target): number => {
  if (target.pid === undefined) {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  }
  const ms = procCpuMs(target.pid);
  if (ms === null) throw new Error(`cannot read /proc/${target.pid}/stat`);
  return ms;
};

/** The warm-up run (not measured, skipped when 0 s), then the measured run; no response at all is a crash. */
export async function warmUpAndMeasure(knobs: LoadKnobs, name: string, target: Target, request: LoadRequest, expectedBody: string, pgCpu?: BenchDb['pgCpu']): Promise<LoadResult> {
  if (knobs.warmup > 0) {
    const warm = await runLoad(knobs.connections, target.url, knobs.warmup, request, expectedBody);
    if (warm.total === 0) throw new Error(`${name}: no response during warm-up`);
  }
  // The database meter's own queries go through this process's counter: read it inside them.
  const pgBefore = await pgCpu?.();
  const statementsBefore = target.statements ? await target.statements() : statementsHere;
  const cpu = cpuOf(target);
  const result = await runLoad(knobs.connections, target.url, knobs.duration, request, expectedBody);
  const used = cpuOf(target) - cpu;
  const statementsAfter = target.statements ? await target.statements() : statementsHere;
  const pgAfter = await pgCpu?.();
  if (result.total === 0) throw new Error(`${name}: no response during the run`);
  let pgUsed: number | undefined;
  if (pgBefore && pgAfter) {
    pgUsed = 0;
    for (const [pid, ms] of pgAfter) pgUsed += ms - (pgBefore.get(pid) ?? 0);
  }
  return {
    ...result,
    cpuMsPerRequest: used / result.total,
    pgCpuMsPerRequest: pgUsed === undefined ? undefined : pgUsed / result.total,
    statementsPerRequest: statementsBefore === undefined || statementsAfter === undefined ? undefined : (statementsAfter - statementsBefore) / result.total,
  };
}
