/**
 * Challenges benchmark: the real Rembuk API against a bare graphql-js server on the same
 * database, on the two reads a visitor makes most: the challenge list (50 rows with their
 * regions, indicators, team and solution counts) and a solution page with its 30-node lineage.
 * The bare server sends the same statements the API sends (listed beside each), batched the same
 * way, so the ratio is the cost of the stack. See bench/README.md.
 *
 * Run with `npm run bench:challenges` (builds the API first). Knobs as bench:regions
 * (DATABASE_URL, BENCH_CONNECTIONS, BENCH_ROUNDS, BENCH_DURATION, BENCH_WARMUP).
 *
 * Exits non-zero only when something crashes; a missed target prints MISS and exits 0.
 */
import 'reflect-metadata';
import os from 'node:os';
import pg from 'pg';
import { compareServers, describeRounds, ratioLine, sayComparison, type Compared } from './compare.js';
import { loadApi, migrateAndSeed, openPool, prepareDatabase, readKnobs, runBench, say, startPooledHttpGraphql, startRembuk, type BenchDb, type Target } from './lib.js';
import { LIST_QUERY, SOLUTION_QUERY, bareRoot, BARE_SDL, type ApiSql } from './challenges.bare.js';

/** The API's own statement builders (built into api/dist), so the bare server sends the very same SQL. */
async function apiSql(): Promise<ApiSql> {
  const [core, solutions, replications] = await Promise.all([
    loadApi<Pick<ApiSql, 'compile'>>('core/db/sql.js'),
    loadApi<Pick<ApiSql, 'solutionsByIdSql' | 'solutionIndicatorsSql'>>('modules/challenge/solutions/reads/solution.sql.js'),
    loadApi<Pick<ApiSql, 'lineagesSql'>>('modules/challenge/replications/replication.sql.js'),
  ]);
  return { compile: core.compile, solutionsByIdSql: solutions.solutionsByIdSql, solutionIndicatorsSql: solutions.solutionIndicatorsSql, lineagesSql: replications.lineagesSql };
}

process.env.NODE_ENV = 'production';
const { buildSchema } = await import('graphql');

const TARGET = 0.75;
const KNOBS = readKnobs();
const CHALLENGES = 80;
const LINEAGE_NODES = 30;

/** Seeds challenges (2 regions, 2 indicators, 4 team members, 3 solutions each) and one solution with a 30-node lineage. */
async function seed(db: BenchDb): Promise<{ solutionId: number }> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    await client.query('begin');
    const regions = (await client.query<{ code: string }>('select code from region order by code')).rows.map((r) => r.code);
    const indicators = (await client.query<{ id: number }>(`select i.id from spbe_indicator i join spbe_framework f on f.id = i.framework_id where f.code = 'SPBE-2020' order by i.number`)).rows.map((r) => r.id);
    const users = (
      await client.query<{ id: number }>(
        `insert into app_user (name, email, username, role, region_code, password_hash)
         select 'Bench ' || n, 'bench' || n || '@bench.rembuk.invalid', 'bench_' || n, 'MEMBER', ($1::text[])[n % array_length($1::text[], 1) + 1], 'bench: no password'
         from generate_series(1, 40) n returning id`,
        [regions],
      )
    ).rows.map((r) => r.id);
    const challengeIds = (
      await client.query<{ id: number }>(
        `insert into challenge (title, problem_markdown, problem_html, stage, tags, created_by_id, last_activity_at)
         select 'Tantangan bench ' || n, 'Masalah ' || n, '<p>Masalah ' || n || '</p>',
                (array['EXPLORATION','CO_CREATION','EXPERIMENTATION','EVALUATION','REPLICATION'])[n % 5 + 1]::challenge_stage,
                array['bench'], ($1::int[])[n % 40 + 1], now() - n * interval '1 minute'
         from generate_series(1, $2::int) n returning id`,
        [users, CHALLENGES],
      )
    ).rows.map((r) => r.id);
    for (const [i, id] of challengeIds.entries()) {
      await client.query('insert into challenge_region (challenge_id, region_code) values ($1, $2), ($1, $3)', [id, regions[(i * 7) % regions.length], regions[(i * 7 + 3) % regions.length]]);
      await client.query('insert into challenge_indicator (challenge_id, indicator_id) values ($1, $2), ($1, $3)', [id, indicators[i % indicators.length], indicators[(i + 11) % indicators.length]]);
      await client.query(
        `insert into challenge_member (challenge_id, user_id, role, status) select $1, u, (case when k = 1 then 'LEAD' else 'MEMBER' end)::challenge_role, 'ACTIVE'
         from unnest($2::int[]) with ordinality as t(u, k)`,
        [id, [0, 1, 2, 3].map((k) => users[(i + k * 5) % users.length])],
      );
      await client.query(
        `insert into challenge_solution (challenge_id, title, description_markdown, description_html, author_id, region_code, support_count)
         select $1, 'Solusi ' || k, 'Uraian ' || k, '<p>Uraian ' || k || '</p>', $2, $3, k from generate_series(1, 3) k`,
        [id, users[i % users.length], regions[(i * 7) % regions.length]],
      );
    }
    // The solution page: the first challenge's top solution, replicated in a tree of 30 regions.
    const root = (await client.query<{ id: number; region_code: string }>('select id, region_code from challenge_solution where challenge_id = $1 order by id limit 1', [challengeIds[0]])).rows[0]!;
    await client.query('update challenge_solution set status = $2, replication_count = $3 where id = $1', [root.id, 'SELECTED', LINEAGE_NODES]);
    await client.query('insert into challenge_solution_indicator (solution_id, indicator_id) values ($1, $2)', [root.id, indicators[19]]);
    const others = regions.filter((r) => r !== root.region_code);
    const nodeIds: number[] = [];
    for (let n = 0; n < LINEAGE_NODES; n++) {
      // A tree three levels deep: the first five copy the solution, the rest copy an earlier copy.
      const parent = n < 5 ? null : nodeIds[Math.floor((n - 5) / 5)]!;
      const row = await client.query<{ id: number }>(
        `insert into challenge_replication (solution_id, parent_id, region_code, status, starts_on, ends_on, created_by_id)
         values ($1, $2, $3, $4, '2021-06-01', '2022-03-31', $5) returning id`,
        [root.id, parent, others[(n * 13) % others.length], n % 3 === 0 ? 'IN_PROGRESS' : 'DONE', users[n % users.length]],
      );
      nodeIds.push(row.rows[0]!.id);
    }
    await client.query('commit');
    return { solutionId: root.id };
  } finally {
    await client.end();
  }
}

function probeFor(body: string, check: (data: unknown) => boolean) {
  return async (name: string, url: string) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const text = await res.text();
    const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
    if (res.status !== 200 || parsed.errors || !check(parsed.data)) throw new Error(`${name} answered ${res.status} with an unexpected body: ${text.slice(0, 400)}`);
    return { body: text, data: parsed.data };
  };
}

async function compare(db: BenchDb, label: string, body: string, check: (data: unknown) => boolean): Promise<[Compared, Compared]> {
  const startBare = async (): Promise<Target> => {
    const pool = openPool(db);
    return startPooledHttpGraphql(pool, buildSchema(BARE_SDL), await bareRoot(pool, await apiSql()));
  };
  say('');
  say(`-- ${label}`);
  const [bare, app] = await compareServers(
    KNOBS,
    db,
    [{ name: 'bare graphql-js', start: startBare }, { name: 'rembuk api', start: () => startRembuk(db.appEnv) }],
    probeFor(body, check),
    { body },
  );
  sayComparison([app, bare]);
  return [bare!, app!];
}

async function main(): Promise<void> {
  const started = Date.now();
  say(`challenges bench: ${KNOBS.connections} connections`);
  say(`node ${process.version}, NODE_ENV=production, ${os.cpus().length} CPUs; load generator: autocannon in a child process`);
  const db = await prepareDatabase(' in this process');
  if (db.handOver) throw new Error('bench:challenges needs DATABASE_URL (two servers on one database at once)');
  say(`database: ${db.label}; pool size ${db.poolMax} for both servers`);
  await migrateAndSeed(db);
  const { solutionId } = await seed(db);
  say(`data: ${CHALLENGES} challenges (2 regions, 2 indicators, 4 members, 3 solutions each); solution ${solutionId} with a ${LINEAGE_NODES}-node lineage`);
  say(describeRounds(KNOBS, db));

  const listBody = JSON.stringify({ query: LIST_QUERY });
  const list = await compare(db, 'challenges(first: 50)', listBody, (d) => (d as { challenges?: { edges?: unknown[] } }).challenges?.edges?.length === 50);
  const solutionBody = JSON.stringify({ query: SOLUTION_QUERY, variables: { id: String(solutionId) } });
  const page = await compare(db, `solution page with its ${LINEAGE_NODES}-node lineage`, solutionBody, (d) => ((d as { solution?: { lineage?: { nodes?: unknown[] } } }).solution?.lineage?.nodes?.length ?? 0) === LINEAGE_NODES + 1);

  say('');
  let pass = true;
  for (const [label, [bare, app]] of [['list', list], ['solution page', page]] as const) {
    const { ratio, text } = ratioLine(app, bare);
    const ok = ratio >= TARGET && app.errors === 0;
    pass &&= ok;
    say(`${label}: ${text} (p99 ${app.p99.toFixed(1)} vs ${bare.p99.toFixed(1)} ms; CPU ${app.cpuMsPerRequest.toFixed(2)} vs ${bare.cpuMsPerRequest.toFixed(2)} ms/req)  ->  ${ok ? 'PASS' : 'MISS'}`);
  }
  say(`target: >= ${TARGET}x bare on both, no errors  ->  ${pass ? 'PASS' : 'MISS'}`);
  say('peer: a region would otherwise track this in a shared spreadsheet or a Decidim instance; the bare graphql-js server is the floor of this stack');
  say(`(took ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

await runBench(main);
