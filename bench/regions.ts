/**
 * Region directory benchmark: the real Rembuk API against a bare graphql-js server doing the same
 * work (the same statement, the same per-process total), and against PostGraphile, the peer a user
 * could pick instead, on the same database. See bench/README.md.
 *
 * Run with `npm run bench:regions` (builds the API first). Knobs, all optional:
 *   DATABASE_URL        PostgreSQL server to use (a fresh database `rembuk_bench_<pid>` is created
 *                       on it and dropped at the end); unset = in-process embedded PGlite
 *   BENCH_CONNECTIONS   concurrent keep-alive connections (default 20, 1..256)
 *   BENCH_ROUNDS        alternating rounds per server (default 3, 1..20; 1 on PGlite)
 *   BENCH_DURATION      measured seconds per server and round (default 5, 1..120)
 *   BENCH_WARMUP        warm-up seconds in the first round (default 2, 0..30; later ones at most 1)
 *
 * Exits non-zero only when something crashes; a missed target prints MISS and exits 0.
 */
import 'reflect-metadata';
import os from 'node:os';
import { compareServers, describeRounds, ratioLine, sayComparison, type Contender } from './compare.js';
import { startPostGraphile } from './postgraphile.js';
import {
  migrateAndSeed,
  openPool,
  prepareDatabase,
  readKnobs,
  runBench,
  say,
  startPooledHttpGraphql,
  startRembuk,
  type BenchDb,
  type Target,
} from './lib.js';

// As in the container (Dockerfile): graphql-js and Express pick their production code paths from
// NODE_ENV when they load, so set it before loading them (graphql is imported below, the API later).
process.env.NODE_ENV = 'production';
const { buildSchema, GraphQLError } = await import('graphql');

const QUERY = 'query { regions(first: 50) { totalCount edges { node { code name kind province { code name } } } } }';
const BODY = JSON.stringify({ query: QUERY });
const PEER_QUERY = 'query { allRegions(first: 50, orderBy: CODE_ASC) { totalCount nodes { code name kind provinceByProvinceCode { code name } } } }';
/** Targets from issue 17, as ratios of req/s in one run. */
const TARGET_BARE = 0.95;
const TARGET_PEER = 1.3;

const KNOBS = readKnobs();
const REQUEST = { body: BODY };

// ---------------------------------------------------------------------------------------------
// Servers under test

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

// The statements the API sends (modules/region/directory/region.sql.ts): the page walks the primary
// key and stops after first + 1 rows; the total of an unfiltered directory is counted once per
// process and kept, as the API keeps it (regions are reference data, written only by the seed).
const SQL_PAGE = 'select r.code, r.name, r.kind, r.province_code, p.name as province_name from region r join province p on p.code = r.province_code order by r.code limit $1';
const SQL_COUNT = 'select count(*) as n from region r';

interface RegionRow {
  code: string;
  name: string;
  kind: string;
  province_code: string;
  province_name: string;
}

/** node:http + graphql-js + pg, no framework. Parsed and validated documents are cached like Apollo's documentStore. */
async function startBare(db: BenchDb): Promise<Target> {
  const pool = openPool(db);
  const schema = buildSchema(BARE_SDL);
  let total: Promise<number> | undefined;
  const countOnce = () => (total ??= pool.query<{ n: string }>(SQL_COUNT).then((r) => Number(r.rows[0].n)));
  const rootValue = {
    async regions(args: { first: number }) {
      const first = args.first;
      if (first < 1 || first > 100) throw new GraphQLError('first must be from 1 to 100');
      const [page, totalCount] = await Promise.all([pool.query<RegionRow>(SQL_PAGE, [first + 1]), countOnce()]);
      const edges = page.rows.slice(0, first).map((r) => ({
        cursor: Buffer.from(r.code, 'utf8').toString('base64url'),
        node: { code: r.code, name: r.name, kind: r.kind, province: { code: r.province_code, name: r.province_name } },
      }));
      return {
        edges,
        totalCount,
        pageInfo: {
          hasNextPage: page.rows.length > first,
          hasPreviousPage: false,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
      };
    },
  };
  return startPooledHttpGraphql(pool, schema, rootValue);
}

// ---------------------------------------------------------------------------------------------

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

/** The peer's answer: 50 regions with their provinces and a total, in its own schema. */
async function probePeer(name: string, url: string): Promise<{ body: string; data: unknown }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: PEER_QUERY }) });
  const body = await res.text();
  const parsed = JSON.parse(body) as { data?: { allRegions?: { totalCount?: number; nodes?: { provinceByProvinceCode?: { name?: string } }[] } }; errors?: unknown[] };
  const regions = parsed.data?.allRegions;
  if (res.status !== 200 || parsed.errors || regions?.nodes?.length !== 50 || !regions.nodes.every((n) => n.provinceByProvinceCode?.name) || !(Number(regions.totalCount) > 50)) {
    throw new Error(`${name} answered ${res.status} with an unexpected body: ${body.slice(0, 300)}`);
  }
  return { body, data: parsed.data };
}

async function main(): Promise<void> {
  const started = Date.now();
  say(`regions bench: ${KNOBS.connections} connections`);
  say(`node ${process.version}, NODE_ENV=production, ${os.cpus().length} CPUs; load generator: autocannon in a child process`);
  const db = await prepareDatabase(' in this process');
  say(`database: ${db.label}; pool size ${db.poolMax} for both servers`);
  await migrateAndSeed(db);
  say(describeRounds(KNOBS, db));
  say('servers: bare and rembuk in this process, PostGraphile in its own; all cache parsed+validated documents');
  const contenders: Contender[] = [
    { name: 'bare graphql-js', start: () => startBare(db) },
    { name: 'rembuk api', start: () => startRembuk(db.appEnv) },
  ];
  if (!db.handOver) {
    contenders.push({
      name: 'postgraphile 4.14.1',
      start: () => startPostGraphile(db, { tables: ['region', 'province'] }),
      peer: { request: { body: JSON.stringify({ query: PEER_QUERY }) }, probe: probePeer },
    });
  } else say('PostGraphile: skipped (it needs a PostgreSQL server: set DATABASE_URL)');
  if (!db.pgCpu) say('PostgreSQL CPU: n/a (the database is not a server on this machine, so its backends are not in /proc)');

  const [bareResult, appResult, peerResult] = await compareServers(KNOBS, db, contenders, probe, REQUEST);
  say('');
  sayComparison([appResult, peerResult, bareResult]);
  const bare = ratioLine(appResult!, bareResult!);
  const bareOk = bare.ratio >= TARGET_BARE && appResult!.errors === 0;
  say('');
  say(`ratio: ${bare.text}; target >= ${TARGET_BARE}x, no errors  ->  ${bareOk ? 'PASS' : 'MISS'}`);
  if (peerResult) {
    const peer = ratioLine(appResult!, peerResult);
    say(`ratio: ${peer.text}; target >= ${TARGET_PEER}x, no errors  ->  ${peer.ratio >= TARGET_PEER && appResult!.errors === 0 ? 'PASS' : 'MISS'}`);
  }
  say(`app CPU per request: rembuk ${appResult!.cpuMsPerRequest.toFixed(2)} ms, bare ${bareResult!.cpuMsPerRequest.toFixed(2)} ms${peerResult ? `, postgraphile ${peerResult.cpuMsPerRequest.toFixed(2)} ms` : ''}`);
  say(`(took ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

await runBench(main);
