/**
 * Region directory benchmark: the real Rembuk API against a bare graphql-js server on the same
 * database, both answering the same `regions(first: 50)` query. See bench/README.md.
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
import { compareServers, describeRounds, sayComparison } from './compare.js';
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
const TARGET = 0.75;

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

/** node:http + graphql-js + pg, no framework. Parsed and validated documents are cached like Apollo's documentStore. */
async function startBare(db: BenchDb): Promise<Target> {
  const pool = openPool(db);
  const schema = buildSchema(BARE_SDL);
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

async function main(): Promise<void> {
  const started = Date.now();
  say(`regions bench: ${KNOBS.connections} connections`);
  say(`node ${process.version}, NODE_ENV=production, ${os.cpus().length} CPUs; load generator: autocannon in a child process`);
  const db = await prepareDatabase(' in this process');
  say(`database: ${db.label}; pool size ${db.poolMax} for both servers`);
  await migrateAndSeed(db);
  say(describeRounds(KNOBS, db));
  say('servers: both in this process; both cache parsed+validated documents (Apollo documentStore / a Map)');

  const [bareResult, appResult] = await compareServers(
    KNOBS,
    db,
    { name: 'bare graphql-js', start: () => startBare(db) },
    { name: 'rembuk api', start: () => startRembuk(db.appEnv) },
    probe,
    REQUEST,
  );

  say('');
  sayComparison(bareResult, appResult);
  const ratio = appResult.requestsPerSecond / bareResult.requestsPerSecond;
  const pass = ratio >= TARGET && appResult.errors === 0;
  say('');
  say(`ratio: rembuk/bare = ${ratio.toFixed(2)}x req/s (p99 ${appResult.p99.toFixed(1)} vs ${bareResult.p99.toFixed(1)} ms)`);
  say(`target: >= ${TARGET}x bare, no errors  ->  ${pass ? 'PASS' : 'MISS'}`);
  say(`(took ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

await runBench(main);
