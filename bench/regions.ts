/**
 * Region directory benchmark: the real Rembuk API against a bare graphql-js server on the same
 * database, both answering the same `regions(first: 50)` query. See bench/README.md.
 *
 * Run with `npm run bench:regions` (builds the API first). Knobs, all optional:
 *   DATABASE_URL        PostgreSQL server to use (a fresh database `rembuk_bench_<pid>` is created
 *                       on it and dropped at the end); unset = in-process embedded PGlite
 *   BENCH_CONNECTIONS   concurrent keep-alive connections (default 20, 1..256)
 *   BENCH_DURATION      measured seconds per server (default 10, 1..120)
 *   BENCH_WARMUP        warm-up seconds per server, not measured (default 2, 0..30)
 *
 * Exits non-zero only when something crashes; a missed target prints MISS and exits 0.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import type { DocumentNode, ExecutionResult } from 'graphql';

// As in the container (Dockerfile): graphql-js and Express pick their production code paths from
// NODE_ENV when they load, so set it before loading them (graphql is imported below, the API later).
process.env.NODE_ENV = 'production';
const { buildSchema, execute, GraphQLError, parse, validate } = await import('graphql');

// The real API is loaded from its production build (api/dist, made by `npm run build -w api`),
// exactly what `node api/dist/main.js` runs; the types come from the sources it was built from.
type ConfigModule = typeof import('../api/src/core/config.js');
type BootModule = typeof import('../api/src/core/boot.js');
type DbModule = typeof import('../api/src/core/db.js');
type EmbeddedDbModule = typeof import('../api/src/core/embedded-db.js');
type ReferenceDataModule = typeof import('../api/src/core/reference-data.js');
type LoggerModule = typeof import('../api/src/core/logger.js');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const API_DIST = path.join(ROOT, 'api', 'dist');

async function loadApi<T>(rel: string): Promise<T> {
  const file = path.join(API_DIST, rel);
  if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: build the API first (npm run build -w api), or use npm run bench:regions`);
  return (await import(pathToFileURL(file).href)) as T;
}

const QUERY = 'query { regions(first: 50) { totalCount edges { node { code name kind province { code name } } } } }';
const BODY = JSON.stringify({ query: QUERY });
const TARGET = 0.75;

function intEnv(key: string, fallback: number, min: number, max: number): number {
  const raw = process.env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${key} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

const [CONNECTIONS, DURATION, WARMUP] = ((): [number, number, number] => {
  try {
    return [intEnv('BENCH_CONNECTIONS', 20, 1, 256), intEnv('BENCH_DURATION', 10, 1, 120), intEnv('BENCH_WARMUP', 2, 0, 30)];
  } catch (err) {
    process.stderr.write(`bench: ${(err as Error).message}\n`);
    process.exit(2);
  }
})();

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

// ---------------------------------------------------------------------------------------------
// Clean-up that also runs on Ctrl-C

const cleanups: (() => Promise<void>)[] = [];
let cleaning: Promise<void> | undefined;
let interrupted = false;

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

// ---------------------------------------------------------------------------------------------
// Database

interface BenchDb {
  label: string;
  /** Pool size of both servers: what bootApp gives the ORM for this kind of database. */
  poolMax: number;
  /** Where the bare server connects. */
  url: string;
  /** Environment for the real API's loadConfig, pointing it at the same database. */
  appEnv: Record<string, string>;
  /** Called after the bare run, before the real API boots (the embedded database has one owner at a time). */
  handOver(): Promise<void>;
}

async function prepareDatabase(): Promise<BenchDb> {
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const name = `rembuk_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      const version = (await admin.query<{ server_version: string }>('show server_version')).rows[0].server_version;
      await admin.query(`drop database if exists "${name}"`);
      await admin.query(`create database "${name}"`);
      cleanups.push(async () => {
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
      // The pool size bootApp gives the ORM against a real server (no poolMax: ormOptions' default).
      const { ormOptions } = await loadApi<DbModule>('core/db.js');
      const poolMax = ormOptions({ url: url.toString() }).pool?.max;
      if (!poolMax) throw new Error('cannot tell the API pool size from ormOptions');
      return {
        label: `PostgreSQL ${version} via DATABASE_URL, database ${name}`,
        poolMax,
        url: url.toString(),
        appEnv: { DATABASE_URL: url.toString() },
        handOver: async () => {},
      };
    } finally {
      await admin.end();
    }
  }
  // Embedded: a PGlite data directory in a temporary folder. The bare server uses it through
  // startEmbeddedDb; then it is closed and the real API opens the same directory itself, exactly as
  // it does without DATABASE_URL (bootApp starts PGlite in <DATA_DIR>/pglite).
  const dataDir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'rembuk-bench-'));
  cleanups.push(() => fs.promises.rm(dataDir, { recursive: true, force: true }));
  const { startEmbeddedDb } = await loadApi<EmbeddedDbModule>('core/embedded-db.js');
  const embedded = await startEmbeddedDb({ dataDir: path.join(dataDir, 'pglite') });
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= embedded.stop());
  cleanups.push(stop);
  return {
    label: `embedded PGlite in this process (data in ${dataDir})`,
    // The socket server accepts this many connections; bootApp sizes the ORM pool the same way.
    poolMax: embedded.maxConnections,
    url: embedded.url,
    appEnv: { DATA_DIR: dataDir },
    handOver: stop,
  };
}

async function migrateAndSeed(db: BenchDb): Promise<void> {
  const { openOrm, migrate } = await loadApi<DbModule>('core/db.js');
  const { seedReferenceData } = await loadApi<ReferenceDataModule>('core/reference-data.js');
  const orm = await openOrm({ url: db.url, poolMax: db.poolMax });
  try {
    await migrate(orm);
    await seedReferenceData(orm.em.fork());
  } finally {
    await orm.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Servers under test

interface Target {
  url: string;
  close(): Promise<void>;
}

/** The real API, started by bootApp as `node api/dist/main.js` does (production settings, no Redis, no admin). */
async function startRembuk(db: BenchDb): Promise<Target> {
  const { loadConfig } = await loadApi<ConfigModule>('core/config.js');
  const { bootApp } = await loadApi<BootModule>('core/boot.js');
  const { createLogger } = await loadApi<LoggerModule>('core/logger.js');
  const config = loadConfig({ NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...db.appEnv });
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const app = await bootApp(config, createLogger(config.logLevel));
  // Unless told stopOnTerminationSignals: false, Apollo adds SIGINT/SIGTERM handlers that call
  // apollo.stop(); a second, concurrent stop() (ours) never returns in @apollo/server 5.5.1. So the
  // bench removes whatever handlers booting added and stops the app once, from its clean-up.
  for (const s of signals) for (const l of process.listeners(s)) if (!before.get(s)?.has(l)) process.removeListener(s, l);
  return { url: `${app.server.url}/graphql`, close: () => app.stop() };
}

const BARE_SDL = /* GraphQL */ `
  type Query {
    regions(first: Int = 20): RegionConnection!
  }
  type RegionConnection {
    edges: [RegionEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }
  type RegionEdge {
    cursor: String!
    node: Region!
  }
  type Region {
    code: ID!
    name: String!
    kind: RegionKind!
    province: Province!
  }
  enum RegionKind {
    KABUPATEN
    KOTA
  }
  type Province {
    code: ID!
    name: String!
  }
  type PageInfo {
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
    endCursor: String
  }
`;

// The same two statements the ORM sends for this query (run in parallel, as listRegions does).
const SQL_PAGE =
  'select "r".*, "p"."code" as "p__code", "p"."name" as "p__name" from "region" as "r" left join "province" as "p" on "r"."province_code" = "p"."code" order by "r"."code" asc limit $1';
const SQL_COUNT = 'select count(distinct("r"."code")) as "count" from "region" as "r" left join "province" as "p" on "r"."province_code" = "p"."code"';

interface RegionRow {
  code: string;
  name: string;
  kind: string;
  province_code: string;
  p__code: string;
  p__name: string;
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

/** node:http + graphql-js + pg, no framework. Parsed and validated documents are cached like Apollo's documentStore. */
async function startBare(db: BenchDb): Promise<Target> {
  const pool = new pg.Pool({ connectionString: db.url, max: db.poolMax });
  // An idle connection dropped by the server (e.g. the database dropped on Ctrl-C) must not crash the bench.
  pool.on('error', () => {});
  const schema = buildSchema(BARE_SDL);
  const documents = new Map<string, DocumentNode>();
  const rootValue = {
    async regions(args: { first: number }) {
      const first = args.first;
      if (first < 1 || first > 100) throw new GraphQLError('first must be from 1 to 100');
      const [page, count] = await Promise.all([pool.query<RegionRow>(SQL_PAGE, [first + 1]), pool.query<{ count: string }>(SQL_COUNT)]);
      const edges = page.rows.slice(0, first).map((r) => ({
        cursor: Buffer.from(r.code, 'utf8').toString('base64url'),
        node: { code: r.code, name: r.name, kind: r.kind, province: { code: r.p__code, name: r.p__name } },
      }));
      return {
        edges,
        totalCount: Number(count.rows[0].count),
        pageInfo: {
          hasNextPage: page.rows.length > first,
          hasPreviousPage: false,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
  };

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
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
  } catch (err) {
    await pool.end();
    throw err;
  }
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Load generation (autocannon, in a child process so it does not share the server's event loop)

const requireFromHere = createRequire(import.meta.url);
const AUTOCANNON = path.join(path.dirname(requireFromHere.resolve('autocannon/package.json')), 'autocannon.js');

interface LoadResult {
  requestsPerSecond: number;
  total: number;
  p50: number;
  p99: number;
  errors: number;
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
function runLoad(url: string, seconds: number, expectedBody: string): Promise<LoadResult> {
  const args = [
    AUTOCANNON,
    '--json',
    '--connections', String(CONNECTIONS),
    '--duration', String(seconds),
    '--timeout', '10',
    '--method', 'POST',
    '--headers', 'content-type=application/json',
    '--body', BODY,
    '--expectBody', expectedBody,
    url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    cleanups.push(async () => void child.kill('SIGKILL'));
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

// ---------------------------------------------------------------------------------------------

/** Closes at most once, and on Ctrl-C too (before the database goes away). */
function closeOnce(target: Target): Target {
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= target.close());
  cleanups.push(close);
  return { url: target.url, close };
}

interface Measured extends LoadResult {
  name: string;
}

/** Sends the query once; returns the raw body (the expected body for the load run) and its data. */
async function probe(name: string, url: string): Promise<{ body: string; data: unknown }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: BODY });
  const body = await res.text();
  const parsed = JSON.parse(body) as { data?: { regions?: { totalCount?: number; edges?: unknown[] } }; errors?: unknown[] };
  const regions = parsed.data?.regions;
  if (res.status !== 200 || parsed.errors || !regions || regions.edges?.length !== 50 || !(Number(regions.totalCount) > 50)) {
    throw new Error(`${name} answered ${res.status} with an unexpected body: ${body.slice(0, 300)}`);
  }
  return { body, data: parsed.data };
}

async function measure(name: string, target: Target, reference: unknown): Promise<Measured & { data: unknown }> {
  const { body, data } = await probe(name, target.url);
  if (reference !== undefined && !isDeepStrictEqual(data, reference)) throw new Error(`${name} returned different data from the bare server`);
  if (WARMUP > 0) {
    const warm = await runLoad(target.url, WARMUP, body);
    if (warm.total === 0) throw new Error(`${name}: no response during warm-up`);
  }
  const result = await runLoad(target.url, DURATION, body);
  if (result.total === 0) throw new Error(`${name}: no response during the run`);
  return { name, data, ...result };
}

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
}

async function main(): Promise<void> {
  const started = Date.now();
  say(`regions bench: ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s measured per server`);
  say(`node ${process.version}, NODE_ENV=production, ${os.cpus().length} CPUs; load generator: autocannon in a child process`);
  const db = await prepareDatabase();
  say(`database: ${db.label}; pool size ${db.poolMax} for both servers`);
  await migrateAndSeed(db);
  say('servers: both in this process, one at a time; both cache parsed+validated documents (Apollo documentStore / a Map)');

  // One at a time: the embedded database accepts a single connection, and the idle server must not steal CPU.
  const bare = closeOnce(await startBare(db));
  let bareResult: Measured & { data: unknown };
  try {
    bareResult = await measure('bare graphql-js', bare, undefined);
  } finally {
    await bare.close();
  }
  await db.handOver();
  const app = closeOnce(await startRembuk(db));
  let appResult: Measured;
  try {
    appResult = await measure('rembuk api', app, bareResult.data);
  } finally {
    await app.close();
  }

  const widths = [16, 9, 8, 8, 7];
  say('');
  say(row(['server', 'req/s', 'p50 ms', 'p99 ms', 'errors'], widths));
  for (const r of [bareResult, appResult]) {
    say(row([r.name, r.requestsPerSecond.toFixed(0), r.p50.toFixed(1), r.p99.toFixed(1), String(r.errors)], widths));
  }
  const ratio = appResult.requestsPerSecond / bareResult.requestsPerSecond;
  const pass = ratio >= TARGET && appResult.errors === 0;
  say('');
  say(`ratio: rembuk/bare = ${ratio.toFixed(2)}x req/s (p99 ${appResult.p99.toFixed(1)} vs ${bareResult.p99.toFixed(1)} ms)`);
  say(`target: >= ${TARGET}x bare, no errors  ->  ${pass ? 'PASS' : 'MISS'}`);
  say(`(took ${((Date.now() - started) / 1000).toFixed(0)} s)`);
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
