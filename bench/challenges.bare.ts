/**
 * The bare reference of bench:challenges: node:http + graphql-js + pg answering the same two
 * queries as the API with the statements the API sends (api/src/modules/challenge: challenge.sql.ts,
 * solutions/reads/solution.sql.ts, replications), batched the way its DataLoaders batch them:
 * one statement per kind of row for the whole page, run in parallel.
 */
import type pg from 'pg';

export const LIST_QUERY = `query { challenges(first: 50) { totalCount edges { node {
  id title stage tags regions { code name } indicators { frameworkCode number name } teamCount solutionCount } } } }`;

export const SOLUTION_QUERY = `query($id: ID!) { solution(id: $id) { id title descriptionHtml status supportCount endorsementCount replicationCount
  region { code name } indicators { frameworkCode number name }
  lineage { replicatingRegions done nodes { id parentId depth region { code name } replication { status } } } } }`;

export const BARE_SDL = /* GraphQL */ `
  type Query {
    challenges(first: Int = 20): ChallengeConnection!
    solution(id: ID!): Solution
  }
  type ChallengeConnection { edges: [ChallengeEdge!]! totalCount: Int! }
  type ChallengeEdge { cursor: String! node: Challenge! }
  type Region { code: String! name: String! }
  type ChallengeIndicator { frameworkCode: String! number: Int! name: String! }
  type Challenge {
    id: ID!
    title: String!
    stage: String!
    tags: [String!]!
    regions: [Region!]!
    indicators: [ChallengeIndicator!]!
    teamCount: Int!
    solutionCount: Int!
  }
  type Solution {
    id: ID!
    title: String!
    descriptionHtml: String!
    status: String!
    supportCount: Int!
    endorsementCount: Int!
    replicationCount: Int!
    region: Region
    indicators: [ChallengeIndicator!]!
    lineage: Lineage!
  }
  type Lineage { replicatingRegions: Int! done: Int! nodes: [LineageNode!]! }
  type LineageNode { id: ID! parentId: ID depth: Int! region: Region replication: Replication }
  type Replication { status: String! }
`;

// --- The list: the page and the count in parallel, then one statement per kind of row (as the loaders batch).
const SQL_PAGE = `select c.id, c.title, c.stage, c.tags from challenge c order by c.last_activity_at desc, c.id desc limit $1 offset 0`;
const SQL_COUNT = `select count(*) as n from challenge c`;
const SQL_REGIONS = `select cr.challenge_id, r.code, r.name from challenge_region cr join region r on r.code = cr.region_code join province p on p.code = r.province_code
  where cr.challenge_id = any($1::int[]) order by r.code`;
const SQL_INDICATORS = `select ci.challenge_id, f.code as framework_code, i.number, i.name from challenge_indicator ci
  join spbe_indicator i on i.id = ci.indicator_id join spbe_framework f on f.id = i.framework_id where ci.challenge_id = any($1::int[]) order by f.code, i.number`;
const SQL_TEAM = `select cm.challenge_id, count(*) as n from challenge_member cm where cm.challenge_id = any($1::int[]) and cm.status = 'ACTIVE' group by cm.challenge_id`;
const SQL_SOLUTIONS = `select s.challenge_id, count(*) as n from challenge_solution s where s.challenge_id = any($1::int[]) group by s.challenge_id`;

interface Row {
  challenge_id: number;
}
const group = <R extends Row, V>(rows: R[], map: (r: R) => V) => {
  const out = new Map<number, V[]>();
  for (const r of rows) {
    const list = out.get(r.challenge_id);
    if (list) list.push(map(r));
    else out.set(r.challenge_id, [map(r)]);
  }
  return out;
};
const indicatorOf = (r: { framework_code: string; number: number; name: string }) => ({ frameworkCode: r.framework_code, number: r.number, name: r.name });

async function challenges(pool: pg.Pool, first: number) {
  const [page, count] = await Promise.all([pool.query<{ id: number; title: string; stage: string; tags: string[] }>(SQL_PAGE, [first + 1]), pool.query<{ n: string }>(SQL_COUNT)]);
  const rows = page.rows.slice(0, first);
  const ids = rows.map((r) => r.id);
  const [regions, indicators, team, solutions] = await Promise.all([
    pool.query<Row & { code: string; name: string }>(SQL_REGIONS, [ids]),
    pool.query<Row & { framework_code: string; number: number; name: string }>(SQL_INDICATORS, [ids]),
    pool.query<Row & { n: string }>(SQL_TEAM, [ids]),
    pool.query<Row & { n: string }>(SQL_SOLUTIONS, [ids]),
  ]);
  const regionsOf = group(regions.rows, (r) => ({ code: r.code, name: r.name }));
  const indicatorsOf = group(indicators.rows, indicatorOf);
  const teamOf = new Map(team.rows.map((r) => [r.challenge_id, Number(r.n)]));
  const solutionsOf = new Map(solutions.rows.map((r) => [r.challenge_id, Number(r.n)]));
  return {
    totalCount: Number(count.rows[0]!.n),
    edges: rows.map((r, i) => ({
      cursor: Buffer.from(String(i + 1)).toString('base64url'),
      node: { id: String(r.id), title: r.title, stage: r.stage, tags: r.tags, regions: regionsOf.get(r.id) ?? [], indicators: indicatorsOf.get(r.id) ?? [], teamCount: teamOf.get(r.id) ?? 0, solutionCount: solutionsOf.get(r.id) ?? 0 },
    })),
  };
}

// --- The solution page: the solution, its indicators and its whole lineage. These three are the
// API's own statements (compiled from its sql builders in api/dist), so both send exactly the same
// SQL; region names come from a table read once, as the API's allRegions() caches them per process.
export interface ApiSql {
  compile(statement: unknown): { text: string; values: unknown[] };
  solutionsByIdSql(ids: readonly number[]): unknown;
  solutionIndicatorsSql(ids: readonly number[]): unknown;
  lineagesSql(ids: readonly number[]): unknown;
}

interface LineageRow {
  root_id: number;
  depth: number;
  node_region_code: string;
  r_id: number | null;
  r_parent_id: number | null;
  r_status: string | null;
  r_region_code: string | null;
}

async function solution(pool: pg.Pool, api: ApiSql, regions: Map<string, { code: string; name: string }>, rawId: string) {
  const id = Number(rawId);
  if (!Number.isSafeInteger(id) || id < 1) return null;
  const run = <R extends object>(statement: unknown) => {
    const { text, values } = api.compile(statement);
    return pool.query<R>(text, values);
  };
  const [rows, indicators, lineage] = await Promise.all([
    run<{ id: number; title: string; description_html: string; status: string; support_count: number; endorsement_count: number; replication_count: number; region_code: string }>(api.solutionsByIdSql([id])),
    run<{ framework_code: string; number: number; name: string }>(api.solutionIndicatorsSql([id])),
    run<LineageRow>(api.lineagesSql([id])),
  ]);
  const s = rows.rows[0];
  if (!s) return null;
  const nodes = lineage.rows.map((n) => ({
    id: n.r_id === null ? `solution-${n.root_id}` : `replication-${n.r_id}`,
    parentId: n.r_id === null ? null : n.r_parent_id ? `replication-${n.r_parent_id}` : `solution-${n.root_id}`,
    depth: n.depth,
    region: regions.get(n.node_region_code) ?? null,
    replication: n.r_id === null ? null : { status: n.r_status },
  }));
  const live = lineage.rows.filter((n) => n.r_id !== null && n.r_status !== 'ABANDONED');
  return {
    id: String(s.id), title: s.title, descriptionHtml: s.description_html, status: s.status,
    supportCount: s.support_count, endorsementCount: s.endorsement_count, replicationCount: s.replication_count,
    region: regions.get(s.region_code) ?? null,
    indicators: indicators.rows.map(indicatorOf),
    lineage: { replicatingRegions: new Set(live.map((n) => n.node_region_code)).size, done: live.filter((n) => n.r_status === 'DONE').length, nodes },
  };
}

export async function bareRoot(pool: pg.Pool, api: ApiSql) {
  const regions = new Map((await pool.query<{ code: string; name: string }>('select code, name from region')).rows.map((r) => [r.code, r]));
  return {
    challenges: (args: { first: number }) => challenges(pool, args.first),
    solution: (args: { id: string }) => solution(pool, api, regions, args.id),
  };
}
