/**
 * Forum benchmark: the real Rembuk API against bare graphql-js / graphql-ws servers on the same
 * data. See bench/README.md.
 *
 *   Part 1, thread page: req/s and p99 of one `thread(id) { ... posts(first: 50) ... }` query
 *           over HTTP with a bearer token, against a bare node:http + graphql-js + pg server.
 *   Part 2, live delivery: N graphql-ws subscribers (each its own user, all in one child
 *           process) on one thread; M posts published over HTTP; latency from the send time
 *           (written into the post body) to each client's receive time, against a bare
 *           graphql-ws server that broadcasts the same payload without a database.
 *
 * Run with `npm run bench:forum` (builds the API first). Knobs, all optional:
 *   DATABASE_URL        PostgreSQL server to use (a fresh database `rembuk_bench_<pid>` is created
 *                       on it and dropped at the end); unset = embedded PGlite in a temporary folder
 *   BENCH_CONNECTIONS   part 1: concurrent keep-alive connections (default 20, 1..256)
 *   BENCH_ROUNDS        part 1: alternating rounds per server (default 3, 1..20; 1 on PGlite)
 *   BENCH_DURATION      part 1: measured seconds per server and round (default 5, 1..120)
 *   BENCH_WARMUP        part 1: warm-up seconds in the first round (default 2, 0..30; later ones at most 1)
 *   BENCH_SUBSCRIBERS   part 2: subscribers, each its own user and WebSocket (default 1000, 1..5000)
 *   BENCH_EVENTS        part 2: posts published, 300 ms apart (default 20, 1..25: the API allows
 *                       30 posts a minute per person)
 *
 * Exits non-zero only when something crashes; a missed target prints MISS and exits 0.
 *
 * The same file is also the child processes of part 2 (argv[2]): `--subscribers` holds all the
 * graphql-ws clients, `--serve-rembuk` / `--serve-bare` run the server under test. They talk to
 * the parent over the IPC channel only and exit when it goes away.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import type http from 'node:http';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { compareServers, describeRounds, ratioLine, sayComparison, type Contender } from './compare.js';
import { PEER_PAGE_GRANTS, peerPageProbe, peerPageRequest } from './forum-peer.js';
import { startPostGraphile, type PostGraphilePeer } from './postgraphile.js';
import {
  closeHttp,
  intEnv,
  loadApi,
  migrateAndSeed,
  onCleanup,
  openPool,
  prepareDatabase,
  readKnobs,
  row,
  runBench,
  say,
  startHttpGraphql,
  startPooledHttpGraphql,
  startRembuk,
  type BenchDb,
  type LoadKnobs,
  type Target,
} from './lib.js';

// As in the container (Dockerfile): graphql-js and Express pick their production code paths from
// NODE_ENV when they load, so set it before loading them (graphql, graphql-ws and the API are all
// imported dynamically below). Child processes inherit it.
process.env.NODE_ENV = 'production';
const { buildSchema, GraphQLError } = await import('graphql');

// The API modules only this bench uses (lib.ts loads the rest); the types come from the API sources.
type MarkdownModule = typeof import('../api/src/modules/forum/posts/markdown.js');
type TokensModule = typeof import('../api/src/core/auth/tokens.js');

const SELF = fileURLToPath(import.meta.url);
const ROLE = process.argv[2] ?? '';

// Part 1: the thread page as the web app asks for it (reactedByMe is for the bench's own user).
const PAGE_QUERY = `query($id: ID!) { thread(id: $id) { title category { name } author { name }
  posts(first: 50) { totalCount edges { node { number body createdAt author { name username region { name } }
    replyTo { number excerpt } reactions { emoji count reactedByMe } } } } } }`;
const PAGE_POSTS = 50;
/** Targets from issue 17: req/s against PostGraphile with JWT in one run, and the API's CPU per page. */
const PAGE_TARGET_PEER = 1.2;
const PAGE_TARGET_CPU_MS = 7;

// Part 2: what an open thread listens to, the post that triggers it, and a probe that reaches
// every subscriber without creating a post (a PRESENCE event), used to know they are all live.
const LIVE_SUBSCRIPTION = 'subscription($t: ID!) { threadEvents(threadId: $t) { kind post { number body author { name } reactions { emoji count } } } }';
const LIVE_POST = 'mutation($i: CreatePostInput!) { createPost(input: $i) { number } }';
const LIVE_PROBE = 'mutation($t: ID!) { updatePresence(threadId: $t) }';
const LIVE_INTERVAL_MS = 300;
const LIVE_TARGET = 1.2;
/** Clients connecting at once, in the subscriber process. */
const CONNECT_BATCH = 50;

/** The fixed reaction order of the API (api/src/modules/forum/posts/reaction.entity.ts). */
const REACTIONS = ['👍', '❤️', '🎉', '🙏', '💡'] as const;

interface Knobs extends LoadKnobs {
  subscribers: number;
  events: number;
}

function readForumKnobs(): Knobs {
  return readKnobs(() => ({ subscribers: intEnv('BENCH_SUBSCRIBERS', 1000, 1, 5000), events: intEnv('BENCH_EVENTS', 20, 1, 25) }));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));
/** Wall-clock milliseconds with sub-millisecond precision, comparable between processes on one machine. */
const wallNow = () => performance.timeOrigin + performance.now();

// ---------------------------------------------------------------------------------------------
// Forum data, written by SQL in one transaction

interface Seeded {
  page: { threadId: number; viewerToken: string; viewerId: number; replies: number; reactions: number };
  live: { threadId: number; authorName: string; authorToken: string; nextNumber: number; tokens: string[] };
}

const PEOPLE = [
  'Siti Rahmawati', 'Budi Santoso', 'Dewi Lestari', 'Agus Setiawan', 'Rina Kartika',
  'Hendra Wijaya', 'Nur Aisyah', 'Yusuf Maulana', 'Maya Sari', 'Rudi Hartono',
];
const TOPICS = ['tanda tangan elektronik', 'arsitektur SPBE', 'pusat data nasional', 'aplikasi umum', 'layanan perizinan', 'manajemen risiko', 'audit TIK', 'Satu Data Indonesia'];

/** Markdown with some variety: emphasis, lists, links, code, quotes, raw HTML, long text. */
function postBody(n: number): string {
  const topic = TOPICS[n % TOPICS.length];
  const parts = [`Catatan ${n} tentang **${topic}**: kami di daerah sudah mencoba beberapa langkah, dan hasilnya cukup baik untuk layanan publik.`];
  if (n % 4 === 0) parts.push('- inventarisasi aplikasi\n- rapat koordinasi dengan OPD\n- uji coba di dua kecamatan');
  if (n % 5 === 0) parts.push(`Panduan lengkap ada di [dokumen ini](https://example.org/panduan/${n}) dan \`config-${n}.yaml\`.`);
  if (n % 6 === 0) parts.push('> Mohon masukan dari wilayah lain yang sudah lebih dulu menerapkan.');
  if (n % 7 === 0) parts.push(`Diperbarui & dilengkapi: "versi ${n}" <b>penting</b> dengan catatan tambahan yang agak panjang supaya kutipan terpotong pada batas seratus enam puluh karakter, seperti yang dilakukan API.`);
  return parts.join('\n\n');
}

async function seedForum(db: BenchDb, subscribers: number): Promise<Seeded> {
  const { excerpt, renderMarkdown } = await loadApi<MarkdownModule>('modules/forum/posts/markdown.js');
  const { hashToken, newToken } = await loadApi<TokensModule>('core/auth/tokens.js');
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    await client.query('begin');
    // One region per province, ten provinces spread over the list.
    const firstOfProvince = (await client.query<{ code: string }>('select distinct on (province_code) code from region order by province_code, code')).rows.map((r) => r.code);
    if (firstOfProvince.length < PEOPLE.length) throw new Error('reference data has too few provinces');
    const regions = PEOPLE.map((_, i) => firstOfProvince[Math.floor((i * firstOfProvince.length) / PEOPLE.length)]);
    const categoryId = (await client.query<{ id: number }>('select id from forum_category order by position, id limit 1')).rows[0]?.id;
    if (!categoryId) throw new Error('no forum category after seeding reference data');

    const insertUsers = async (rows: { name: string; username: string; role: string; region: string }[]): Promise<number[]> => {
      const res = await client.query<{ id: number; username: string }>(
        `insert into app_user (name, email, username, role, region_code, password_hash)
         select n, u || '@bench.rembuk.invalid', u, r::user_role, rc, 'bench: no password'
         from unnest($1::text[], $2::text[], $3::text[], $4::text[]) as t(n, u, r, rc)
         returning id, username`,
        [rows.map((r) => r.name), rows.map((r) => r.username), rows.map((r) => r.role), rows.map((r) => r.region)],
      );
      const ids = new Map(res.rows.map((r) => [r.username, r.id]));
      return rows.map((r) => ids.get(r.username)!);
    };
    /** A session row per user, as signing in would make; returns the bearer tokens. */
    const insertSessions = async (userIds: number[]): Promise<string[]> => {
      const tokens = userIds.map(() => newToken());
      await client.query(
        `insert into user_session (token_hash, user_id, expires_at, user_agent)
         select h, u, now() + interval '1 day', 'bench' from unnest($1::text[], $2::int[]) as t(h, u)`,
        [tokens.map(hashToken), userIds],
      );
      return tokens;
    };

    const people = await insertUsers(PEOPLE.map((name, i) => ({ name, username: `bench_member_${i + 1}`, role: i === 3 ? 'FACILITATOR' : 'MEMBER', region: regions[i] })));
    const [viewer] = await insertUsers([{ name: 'Bench Viewer', username: 'bench_viewer', role: 'MEMBER', region: regions[0] }]);
    const [viewerToken, authorToken] = await insertSessions([viewer, people[0]]);

    // Part 1: one thread with 50 posts by the ten people, quotes and reactions.
    const base = Date.parse('2026-01-12T01:00:00.000Z');
    const at = (n: number) => new Date(base + n * 7 * 60_000);
    const threadId = (
      await client.query<{ id: number }>(
        `insert into forum_thread (category_id, author_id, type, title, reply_count, last_post_number, last_post_at, created_at, updated_at)
         values ($1, $2, 'DISCUSSION', $3, $4, $5, $6, $7, $6) returning id`,
        [categoryId, people[0], 'Pengalaman menerapkan tanda tangan elektronik di layanan perizinan', PAGE_POSTS - 1, PAGE_POSTS, at(PAGE_POSTS), at(1)],
      )
    ).rows[0].id;
    const numbers = Array.from({ length: PAGE_POSTS }, (_, i) => i + 1);
    const markdown = numbers.map(postBody);
    const postRows = await client.query<{ id: number; number: number }>(
      `insert into forum_post (thread_id, author_id, number, body_markdown, body_html, excerpt, created_at)
       select $1, a, n, m, h, e, c from unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[], $7::timestamptz[]) as t(a, n, m, h, e, c)
       returning id, number`,
      [threadId, numbers.map((n) => people[(n - 1) % people.length]), numbers, markdown, markdown.map(renderMarkdown), markdown.map((m) => excerpt(m)), numbers.map(at)],
    );
    const postId = new Map(postRows.rows.map((r) => [r.number, r.id]));
    // Every third post quotes the one two before it; some others quote the opening post.
    const replies = numbers.filter((n) => n > 2 && (n % 3 === 0 || n % 10 === 5)).map((n) => [postId.get(n)!, postId.get(n % 3 === 0 ? n - 2 : 1)!]);
    await client.query(
      'update forum_post set reply_to_id = v.r from unnest($1::int[], $2::int[]) as v(id, r) where forum_post.id = v.id',
      [replies.map((r) => r[0]), replies.map((r) => r[1])],
    );
    // Reactions on odd posts by a few people, and by the viewer on some (reactedByMe).
    const reactions: [number, number, string][] = [];
    for (const n of numbers) {
      if (n % 2 === 1) for (let k = 0; k <= n % 4; k++) reactions.push([postId.get(n)!, people[(n + k) % people.length], REACTIONS[(n + k) % REACTIONS.length]]);
      if (n % 4 === 1) reactions.push([postId.get(n)!, viewer, '👍']);
      if (n % 7 === 0) reactions.push([postId.get(n)!, viewer, '💡']);
    }
    const reacted = await client.query(
      `insert into forum_reaction (post_id, user_id, emoji) select p, u, e from unnest($1::int[], $2::int[], $3::text[]) as t(p, u, e) on conflict do nothing`,
      [reactions.map((r) => r[0]), reactions.map((r) => r[1]), reactions.map((r) => r[2])],
    );

    // Part 2: a thread with its opening post, and one user + session per subscriber.
    const liveThreadId = (
      await client.query<{ id: number }>(
        `insert into forum_thread (category_id, author_id, type, title, reply_count, last_post_number) values ($1, $2, 'DISCUSSION', $3, 0, 1) returning id`,
        [categoryId, people[0], 'Siaran langsung: rapat koordinasi SPBE'],
      )
    ).rows[0].id;
    const opening = 'Silakan ikuti rapat ini; catatan akan ditambahkan di sini.';
    await client.query(`insert into forum_post (thread_id, author_id, number, body_markdown, body_html, excerpt) values ($1, $2, 1, $3, $4, $5)`, [
      liveThreadId,
      people[0],
      opening,
      renderMarkdown(opening),
      excerpt(opening),
    ]);
    const subscriberIds = await insertUsers(
      Array.from({ length: subscribers }, (_, i) => ({ name: `Peserta ${i + 1}`, username: `bench_sub_${i + 1}`, role: 'MEMBER', region: regions[i % regions.length] })),
    );
    const tokens = await insertSessions(subscriberIds);
    await client.query('commit');
    return {
      page: { threadId, viewerToken, viewerId: viewer, replies: replies.length, reactions: reacted.rowCount ?? 0 },
      live: { threadId: liveThreadId, authorName: PEOPLE[0], authorToken, nextNumber: 2, tokens },
    };
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// Servers under test (the real API: startRembuk in lib.ts)

function bearerToken(req: http.IncomingMessage): string | null {
  const auth = req.headers.authorization;
  return auth?.startsWith('Bearer ') ? auth.slice(7).trim() || null : null;
}

// --- Part 1 baseline: the thread page from a handful of statements --------------------------

const PAGE_SDL = /* GraphQL */ `
  scalar DateTimeISO
  type Query {
    thread(id: ID!): Thread!
  }
  type Thread {
    id: ID!
    title: String!
    category: Category!
    author: User!
    posts(first: Int! = 50): PostConnection!
  }
  type Category {
    id: ID!
    name: String!
  }
  type User {
    id: ID!
    name: String!
    username: String!
    region: Region
  }
  type Region {
    code: ID!
    name: String!
  }
  type PostConnection {
    edges: [PostEdge!]!
    totalCount: Int!
  }
  type PostEdge {
    cursor: String!
    node: Post!
  }
  type Post {
    id: ID!
    number: Int!
    createdAt: DateTimeISO!
    body: String
    excerpt: String
    author: User!
    replyTo: Post
    reactions: [ReactionSummary!]!
  }
  type ReactionSummary {
    emoji: String!
    count: Int!
    reactedByMe: Boolean!
  }
`;

// 1: who is asking (the API also resolves the bearer token with one statement per request).
const SQL_SESSION = `select u.id, u.role from user_session s join app_user u on u.id = s.user_id
  where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now()`;
// 2: the thread with its category and author.
const SQL_THREAD = `select t.id, t.title, t.author_id, t.deleted_at, t.last_post_number, c.id as category_id, c.name as category_name,
  u.name as author_name, u.username as author_username, u.region_code as author_region_code, ar.name as author_region_name
  from forum_thread t join forum_category c on c.id = t.category_id join app_user u on u.id = t.author_id
  left join region ar on ar.code = u.region_code where t.id = $1`;
// 3: one page of posts with their authors and the authors' regions.
const SQL_POSTS = `select p.id, p.number, p.body_html, p.created_at, p.reply_to_id, p.deleted_at, p.hidden_at, p.author_id,
  u.name as author_name, u.username as author_username, u.region_code, r.name as region_name
  from forum_post p join app_user u on u.id = p.author_id left join region r on r.code = u.region_code
  where p.thread_id = $1 and p.number > 0 order by p.number asc limit $2`;
// 4 and 5, in parallel: reactions counted per post and emoji, and the posts quoted.
const SQL_REACTIONS = `select post_id, emoji, count(*)::int as n, bool_or(user_id = $2) as mine
  from forum_reaction where post_id = any($1::int[]) group by post_id, emoji`;
const SQL_QUOTED = 'select id, number, excerpt, deleted_at, hidden_at, author_id from forum_post where id = any($1::int[])';

interface PageViewer {
  id: number;
  role: string;
}
interface ThreadRow {
  id: number;
  title: string;
  author_id: number;
  deleted_at: Date | null;
  last_post_number: number;
  category_id: number;
  category_name: string;
  author_name: string;
  author_username: string;
  author_region_code: string | null;
  author_region_name: string | null;
}
interface PostRow {
  id: number;
  number: number;
  body_html: string;
  created_at: Date;
  reply_to_id: number | null;
  deleted_at: Date | null;
  hidden_at: Date | null;
  author_id: number;
  author_name: string;
  author_username: string;
  region_code: string | null;
  region_name: string | null;
}
interface ReactionRow {
  post_id: number;
  emoji: string;
  n: number;
  mine: boolean;
}
interface QuotedRow {
  id: number;
  number: number;
  excerpt: string;
  deleted_at: Date | null;
  hidden_at: Date | null;
  author_id: number;
}

const isStaff = (v: PageViewer) => v.role === 'ADMIN' || v.role === 'FACILITATOR';
/** As the API's bodyVisible: not when deleted; hidden posts only for their author and staff. */
const bodyVisible = (v: PageViewer, p: { deleted_at: Date | null; hidden_at: Date | null; author_id: number }) =>
  !p.deleted_at && (!p.hidden_at || isStaff(v) || p.author_id === v.id);

async function startBarePage(db: BenchDb): Promise<Target> {
  const { hashToken } = await loadApi<TokensModule>('core/auth/tokens.js');
  const pool = openPool(db);
  const schema = buildSchema(PAGE_SDL);
  const order = new Map<string, number>(REACTIONS.map((e, i) => [e, i]));

  async function postsPage(viewer: PageViewer, t: ThreadRow, first: number) {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw new GraphQLError('first must be 1 to 100', { extensions: { code: 'BAD_USER_INPUT' } });
    const rows = (await pool.query<PostRow>(SQL_POSTS, [t.id, first + 1])).rows.slice(0, first);
    const quotedIds = [...new Set(rows.flatMap((r) => (r.reply_to_id ? [r.reply_to_id] : [])))];
    const [reactions, quoted] = await Promise.all([
      pool.query<ReactionRow>(SQL_REACTIONS, [rows.map((r) => r.id), viewer.id]),
      quotedIds.length ? pool.query<QuotedRow>(SQL_QUOTED, [quotedIds]) : Promise.resolve({ rows: [] as QuotedRow[] }),
    ]);
    const byPost = new Map<number, ReactionRow[]>();
    for (const r of reactions.rows) {
      const list = byPost.get(r.post_id);
      if (list) list.push(r);
      else byPost.set(r.post_id, [r]);
    }
    const quotedById = new Map(
      quoted.rows.map((q) => [
        q.id,
        // The excerpt stored when the post was written, as the API's field resolver reads it.
        { id: String(q.id), number: q.number, excerpt: bodyVisible(viewer, q) ? q.excerpt : null },
      ]),
    );
    const edges = rows.map((r) => ({
      cursor: Buffer.from(String(r.number), 'utf8').toString('base64url'),
      node: {
        id: String(r.id),
        number: r.number,
        createdAt: r.created_at.toISOString(),
        body: bodyVisible(viewer, r) ? r.body_html : null,
        author: { id: String(r.author_id), name: r.author_name, username: r.author_username, region: r.region_code ? { code: r.region_code, name: r.region_name } : null },
        replyTo: r.reply_to_id ? (quotedById.get(r.reply_to_id) ?? null) : null,
        reactions: (byPost.get(r.id) ?? [])
          .sort((a, b) => (order.get(a.emoji) ?? 99) - (order.get(b.emoji) ?? 99))
          .map((x) => ({ emoji: x.emoji, count: x.n, reactedByMe: x.mine })),
      },
    }));
    return { edges, totalCount: t.last_post_number };
  }

  const rootValue = {
    async thread(args: { id: string }, ctx: { viewer: PageViewer | null }) {
      const viewer = ctx.viewer;
      if (!viewer) throw new GraphQLError('Sign in first', { extensions: { code: 'UNAUTHENTICATED' } });
      const id = Number(args.id);
      if (!Number.isSafeInteger(id) || id <= 0) throw new GraphQLError('threadId is not a valid id', { extensions: { code: 'BAD_USER_INPUT' } });
      const t = (await pool.query<ThreadRow>(SQL_THREAD, [id])).rows[0];
      if (!t || (t.deleted_at && !isStaff(viewer) && t.author_id !== viewer.id)) throw new GraphQLError('Thread not found', { extensions: { code: 'NOT_FOUND' } });
      return {
        id: String(t.id),
        title: t.title,
        category: { id: String(t.category_id), name: t.category_name },
        author: { id: String(t.author_id), name: t.author_name, username: t.author_username, region: t.author_region_code ? { code: t.author_region_code, name: t.author_region_name } : null },
        posts: (a: { first: number }) => postsPage(viewer, t, a.first),
      };
    },
  };
  const contextOf = async (req: http.IncomingMessage) => {
    const token = bearerToken(req);
    if (!token || token.length > 200) return { viewer: null };
    const row = (await pool.query<PageViewer>(SQL_SESSION, [hashToken(token)])).rows[0];
    return { viewer: row ?? null };
  };
  return startPooledHttpGraphql(pool, schema, rootValue, contextOf);
}

// --- Part 2 baseline: graphql-ws broadcasting from memory ------------------------------------

const LIVE_SDL = /* GraphQL */ `
  type Query {
    ok: Boolean!
  }
  type Mutation {
    createPost(input: CreatePostInput!): Post!
    updatePresence(threadId: ID!, typing: Boolean = false, leaving: Boolean = false): Boolean!
  }
  type Subscription {
    threadEvents(threadId: ID!): ThreadEvent!
  }
  input CreatePostInput {
    threadId: ID!
    body: String!
    replyToPostId: ID
  }
  enum ThreadEventKind {
    POST_ADDED
    POST_UPDATED
    POST_DELETED
    POST_HIDDEN
    REACTIONS_CHANGED
    ANSWER_ACCEPTED
    THREAD_UPDATED
    PRESENCE
  }
  type ThreadEvent {
    kind: ThreadEventKind!
    threadId: ID!
    post: Post
  }
  type Post {
    id: ID!
    number: Int!
    body: String
    author: User!
    reactions: [ReactionSummary!]!
  }
  type User {
    id: ID!
    name: String!
  }
  type ReactionSummary {
    emoji: String!
    count: Int!
  }
`;

/** In-process fan-out: every subscriber of a topic gets the same published object. */
class Hub<T> {
  private topics = new Map<string, Set<(value: T) => void>>();

  publish(topic: string, value: T): void {
    for (const push of this.topics.get(topic) ?? []) push(value);
  }

  subscribe(topic: string): AsyncIterableIterator<T> {
    const queue: T[] = [];
    let wake: ((r: IteratorResult<T>) => void) | null = null;
    let done = false;
    const push = (value: T) => {
      if (wake) {
        const w = wake;
        wake = null;
        w({ value, done: false });
      } else queue.push(value);
    };
    let set = this.topics.get(topic);
    if (!set) this.topics.set(topic, (set = new Set()));
    const members = set;
    members.add(push);
    const stop = () => {
      done = true;
      queue.length = 0;
      members.delete(push);
      if (members.size === 0 && this.topics.get(topic) === members) this.topics.delete(topic);
      if (wake) {
        const w = wake;
        wake = null;
        w({ value: undefined, done: true });
      }
    };
    const iterator: AsyncIterableIterator<T> = {
      next: () => {
        if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (wake = resolve));
      },
      return: () => {
        stop();
        return Promise.resolve({ value: undefined, done: true });
      },
      throw: (err: unknown) => {
        stop();
        return Promise.reject(err);
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}

interface BareLiveInit {
  authorId: number;
  authorName: string;
  lastNumber: number;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** node:http (mutations) + graphql-ws `useServer` on `ws` (subscriptions) on one port; no database, no auth. */
async function startBareLive(init: BareLiveInit): Promise<Target> {
  const { WebSocketServer } = await import('ws');
  const { useServer } = await import('graphql-ws/use/ws');
  const schema = buildSchema(LIVE_SDL);
  const hub = new Hub<{ threadEvents: unknown }>();
  let lastNumber = init.lastNumber;
  let lastId = 1_000_000;
  const rootValue = {
    createPost({ input }: { input: { threadId: string; body: string } }) {
      const number = ++lastNumber;
      // The same HTML the API's markdown renderer makes of one line of plain text.
      const post = { id: String(++lastId), number, body: `<p>${escapeHtml(input.body.trim())}</p>\n`, author: { id: String(init.authorId), name: init.authorName }, reactions: [] };
      hub.publish(String(input.threadId), { threadEvents: { kind: 'POST_ADDED', threadId: String(input.threadId), post } });
      return post;
    },
    updatePresence({ threadId }: { threadId: string }) {
      hub.publish(String(threadId), { threadEvents: { kind: 'PRESENCE', threadId: String(threadId), post: null } });
      return true;
    },
  };
  const { server, url } = await startHttpGraphql(schema, rootValue, async () => ({}));
  const wss = new WebSocketServer({ server, path: '/graphql', maxPayload: 256 * 1024 });
  const disposable = useServer({ schema, roots: { subscription: { threadEvents: (args: { threadId: string }) => hub.subscribe(String(args.threadId)) } } }, wss);
  return {
    url,
    async close() {
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await closeHttp(server);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Part 1 measurement (autocannon runs: lib.ts)

interface PageRequest {
  body: string;
  token: string;
}

type PageData = { thread?: { posts?: { totalCount?: number; edges?: { node?: { replyTo?: unknown; reactions?: { reactedByMe?: boolean }[] } }[] } } };

/** Sends the query once; returns the raw body (the expected body for the load run) and its data. */
async function probePage(name: string, url: string, request: PageRequest): Promise<{ body: string; data: unknown }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${request.token}` }, body: request.body });
  const body = await res.text();
  const parsed = JSON.parse(body) as { data?: PageData; errors?: unknown[] };
  const edges = parsed.data?.thread?.posts?.edges;
  const ok =
    res.status === 200 &&
    !parsed.errors &&
    edges?.length === PAGE_POSTS &&
    parsed.data?.thread?.posts?.totalCount === PAGE_POSTS &&
    edges.some((e) => e.node?.replyTo) &&
    edges.some((e) => e.node?.reactions?.some((r) => r.reactedByMe));
  if (!ok) throw new Error(`${name} answered ${res.status} with an unexpected body: ${body.slice(0, 300)}`);
  return { body, data: parsed.data };
}

// ---------------------------------------------------------------------------------------------
// Part 2 plumbing: child processes and their messages

type Msg = { type: string } & Record<string, unknown>;

function toParent(msg: Msg): void {
  process.send?.(msg);
}

/** A child process of this file, driven by request/answer messages over IPC. */
class ChildLink {
  private inbox: Msg[] = [];
  private waiters: { type: string; resolve: (m: Msg) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }[] = [];
  private ended: string | null = null;
  private failure: Error | null = null;
  readonly exited: Promise<void>;

  constructor(
    readonly name: string,
    private proc: ChildProcess,
  ) {
    proc.on('message', (m) => this.deliver(m as Msg));
    this.exited = new Promise<void>((resolve) => {
      const end = (why: string) => {
        if (this.ended !== null) return;
        this.ended = why;
        for (const w of this.waiters.splice(0)) {
          clearTimeout(w.timer);
          w.reject(new Error(`${name} ${why} while the bench waited for "${w.type}"`));
        }
        resolve();
      };
      proc.on('exit', (code, signal) => end(`exited (${code ?? signal})`));
      proc.on('error', (err) => end(`failed to start (${err.message})`));
    });
  }

  private deliver(m: Msg): void {
    if (m.type === 'failed') {
      const err = new Error(`${this.name}: ${String(m.message)}`);
      this.failure = err;
      for (const w of this.waiters.splice(0)) {
        clearTimeout(w.timer);
        w.reject(err);
      }
      return;
    }
    const i = this.waiters.findIndex((w) => w.type === m.type);
    if (i < 0) return void this.inbox.push(m);
    const [w] = this.waiters.splice(i, 1);
    clearTimeout(w.timer);
    w.resolve(m);
  }

  wait(type: string, ms: number): Promise<Msg> {
    const i = this.inbox.findIndex((m) => m.type === type);
    if (i >= 0) return Promise.resolve(this.inbox.splice(i, 1)[0]);
    if (this.failure) return Promise.reject(this.failure);
    if (this.ended !== null) return Promise.reject(new Error(`${this.name} ${this.ended}`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.timer !== timer);
        reject(new Error(`${this.name}: no "${type}" within ${Math.round(ms / 1000)} s`));
      }, ms);
      this.waiters.push({ type, resolve, reject, timer });
    });
  }

  send(msg: Msg): void {
    if (this.ended === null && this.proc.connected) this.proc.send(msg);
  }

  ask(msg: Msg, answer: string, ms: number): Promise<Msg> {
    const reply = this.wait(answer, ms);
    this.send(msg);
    return reply;
  }

  /** Asks the child to close what it runs and exit; kills it when that takes more than `ms`. */
  async close(ms = 15_000): Promise<void> {
    if (this.ended !== null) return;
    this.send({ type: 'close' });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([this.exited.then(() => false), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), ms)))]);
    clearTimeout(timer);
    if (timedOut) {
      this.proc.kill('SIGKILL');
      await this.exited;
    }
  }
}

function spawnChild(name: string, role: string, init: unknown): ChildLink {
  // Same interpreter flags (the swc loader; --cpu-prof when profiling, so each process writes its profile).
  const proc = spawn(process.execPath, [...process.execArgv, SELF, role], {
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    env: { ...process.env, BENCH_CHILD_INIT: JSON.stringify(init ?? null) },
  });
  // Whatever a child prints (warnings from the server under test, crashes) is shown, marked with its name.
  let partial = '';
  proc.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) process.stderr.write(`[${name}] ${line}\n`);
  });
  proc.stderr?.on('end', () => partial && process.stderr.write(`[${name}] ${partial}\n`));
  const link = new ChildLink(name, proc);
  onCleanup(() => link.close());
  return link;
}

function childInit<T>(): T {
  return JSON.parse(process.env.BENCH_CHILD_INIT ?? 'null') as T;
}

// --- Child: the server under test ------------------------------------------------------------

/** CPU time, event-loop utilisation and resident memory between `stats-start` and `stats-stop`. */
class Sampler {
  private cpu = process.cpuUsage();
  private elu = performance.eventLoopUtilization();
  private startedAt = performance.now();
  private rssStart = process.memoryUsage.rss();
  private rssPeak = this.rssStart;
  private timer: NodeJS.Timeout | undefined;

  start(): void {
    this.cpu = process.cpuUsage();
    this.elu = performance.eventLoopUtilization();
    this.startedAt = performance.now();
    this.rssStart = this.rssPeak = process.memoryUsage.rss();
    clearInterval(this.timer);
    this.timer = setInterval(() => (this.rssPeak = Math.max(this.rssPeak, process.memoryUsage.rss())), 20);
  }

  stop(): Msg {
    clearInterval(this.timer);
    const cpu = process.cpuUsage(this.cpu);
    const rssEnd = process.memoryUsage.rss();
    return {
      type: 'stats',
      wallMs: performance.now() - this.startedAt,
      cpuMs: (cpu.user + cpu.system) / 1000,
      elu: performance.eventLoopUtilization(this.elu).utilization,
      rssStartMb: this.rssStart / 2 ** 20,
      rssPeakMb: Math.max(this.rssPeak, rssEnd) / 2 ** 20,
    };
  }
}

async function serverChildMain(kind: 'rembuk' | 'bare'): Promise<void> {
  let target: Target;
  try {
    target = kind === 'rembuk' ? await startRembuk(childInit<Record<string, string>>()) : await startBareLive(childInit<BareLiveInit>());
  } catch (err) {
    toParent({ type: 'failed', message: (err as Error).stack ?? String(err) });
    process.exit(1);
  }
  let closing: Promise<void> | undefined;
  const closeAndExit = () =>
    (closing ??= Promise.race([target.close(), sleep(10_000)])
      .catch((err: unknown) => void process.stderr.write(`bench ${kind} server: close failed: ${(err as Error).message}\n`))
      .finally(() => process.exit(0)));
  const sampler = new Sampler();
  process.on('message', (raw) => {
    const m = raw as Msg;
    if (m.type === 'stats-start') {
      sampler.start();
      toParent({ type: 'stats-started' });
    } else if (m.type === 'stats-stop') toParent(sampler.stop());
    else if (m.type === 'close') void closeAndExit();
  });
  process.on('disconnect', () => void closeAndExit());
  toParent({ type: 'listening', url: target.url, pid: process.pid });
}

// --- Child: all the subscribers --------------------------------------------------------------

interface LiveEventData {
  threadEvents?: {
    kind?: string;
    post?: { number?: number; body?: string | null; author?: { name?: string } | null; reactions?: unknown[] } | null;
  };
}

function describeError(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (Array.isArray(e)) return e.map(describeError).join('; ');
  if (typeof e === 'object' && e !== null) {
    const o = e as { code?: unknown; reason?: unknown; message?: unknown };
    if (o.code !== undefined) return `closed ${String(o.code)} ${String(o.reason ?? '')}`.trim();
    if (o.message !== undefined) return String(o.message);
  }
  return String(e);
}

async function subscribersMain(): Promise<void> {
  const { createClient } = await import('graphql-ws');
  const { default: WebSocket } = await import('ws');
  type Client = ReturnType<typeof createClient>;

  const clients: (Client | null)[] = [];
  let perClient: Map<number, number>[] = [];
  let ready = new Uint8Array(0);
  let readyCount = 0;
  let received = 0;
  let errorCount = 0;
  const errorSamples: string[] = [];
  let closing = false;
  let authorName = '';

  const note = (message: string) => {
    errorCount++;
    if (errorSamples.length < 8) errorSamples.push(message);
  };

  function onResult(i: number, result: { data?: LiveEventData | null; errors?: readonly unknown[] }, recv: number): void {
    const ev = result.data?.threadEvents;
    if (result.errors?.length || !ev) return note(`client ${i}: event with errors: ${describeError(result.errors)}`);
    if (ev.kind === 'PRESENCE') {
      if (!ready[i]) {
        ready[i] = 1;
        readyCount++;
      }
      return;
    }
    const post = ev.post;
    if (ev.kind !== 'POST_ADDED' || !post || typeof post.number !== 'number') return note(`client ${i}: unexpected event ${JSON.stringify(ev).slice(0, 200)}`);
    const stamp = /t=(\d+(?:\.\d+)?)/.exec(post.body ?? '');
    if (!stamp) return note(`client ${i}: post ${post.number} has no send time in its body: ${String(post.body).slice(0, 100)}`);
    if (post.author?.name !== authorName || !Array.isArray(post.reactions) || post.reactions.length !== 0) note(`client ${i}: post ${post.number} payload differs: ${JSON.stringify(post).slice(0, 200)}`);
    const seen = perClient[i];
    if (seen.has(post.number)) return note(`client ${i}: post ${post.number} delivered twice`);
    seen.set(post.number, recv - Number(stamp[1]));
    received++;
  }

  function connectOne(i: number, url: string, token: string, threadId: string): Promise<boolean> {
    return new Promise((resolve) => {
      let settled = false;
      const settle = (ok: boolean, why?: string) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (!ok) note(`client ${i}: ${why}`);
        resolve(ok);
      };
      const timer = setTimeout(() => settle(false, 'no connection_ack within 30 s'), 30_000);
      const client = createClient({
        url,
        webSocketImpl: WebSocket,
        connectionParams: { token },
        lazy: false,
        retryAttempts: 0,
        keepAlive: 0,
        onNonLazyError: (e) => settle(false, `cannot connect: ${describeError(e)}`),
        on: {
          connected: () => {
            client.subscribe<LiveEventData>(
              { query: LIVE_SUBSCRIPTION, variables: { t: threadId } },
              {
                next: (result) => onResult(i, result, wallNow()),
                error: (e) => void (closing || note(`client ${i}: subscription error: ${describeError(e)}`)),
                complete: () => void (closing || note(`client ${i}: subscription completed early`)),
              },
            );
            settle(true);
          },
          closed: (e) => {
            if (!settled) settle(false, `connection closed: ${describeError(e)}`);
            else if (!closing) note(`client ${i}: connection closed during the run: ${describeError(e)}`);
          },
        },
      });
      clients[i] = client;
    });
  }

  async function connectAll(m: Msg): Promise<void> {
    const started = performance.now();
    const url = String(m.url);
    const threadId = String(m.threadId);
    const tokens = m.tokens as string[];
    authorName = String(m.authorName);
    perClient = tokens.map(() => new Map<number, number>());
    ready = new Uint8Array(tokens.length);
    let ok = 0;
    for (let s = 0; s < tokens.length && !closing; s += CONNECT_BATCH) {
      const batch = tokens.slice(s, s + CONNECT_BATCH);
      const results = await Promise.all(batch.map((token, j) => connectOne(s + j, url, token, threadId)));
      ok += results.filter(Boolean).length;
    }
    toParent({ type: 'connected', ok, failed: tokens.length - ok, ms: performance.now() - started });
  }

  function report(numbers: number[]): Msg {
    const latencies: number[] = [];
    const expected = new Set(numbers);
    let missing = 0;
    const missingSamples: string[] = [];
    perClient.forEach((seen, i) => {
      for (const n of numbers) {
        const latency = seen.get(n);
        if (latency !== undefined) latencies.push(latency);
        else if (++missing <= 5) missingSamples.push(`client ${i} post ${n}`);
      }
      for (const n of seen.keys()) if (!expected.has(n)) note(`client ${i}: got post ${n}, which the bench did not send`);
    });
    return { type: 'report', latencies, missing, missingSamples, errorCount, errorSamples };
  }

  let exiting = false;
  const closeAndExit = async () => {
    if (exiting) return;
    exiting = closing = true;
    await Promise.race([Promise.allSettled(clients.map((c) => c?.dispose())), sleep(5_000)]);
    process.exit(0);
  };

  process.on('message', (raw) => {
    const m = raw as Msg;
    if (m.type === 'connect') {
      connectAll(m).catch((err: unknown) => toParent({ type: 'failed', message: (err as Error).stack ?? String(err) }));
    } else if (m.type === 'status') toParent({ type: 'status', ready: readyCount, received, errors: errorCount });
    else if (m.type === 'report') toParent(report(m.numbers as number[]));
    else if (m.type === 'reset') {
      perClient = perClient.map(() => new Map());
      received = 0;
      toParent({ type: 'reset-done' });
    }
    else if (m.type === 'close') void closeAndExit();
  });
  process.on('disconnect', () => void closeAndExit());
  toParent({ type: 'started' });
}

// --- Parent: one live run ---------------------------------------------------------------------

interface LiveResult {
  name: string;
  expected: number;
  delivered: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  errorSamples: string[];
  connected: number;
  connectMs: number;
  cpuMs: number;
  wallMs: number;
  elu: number;
  rssStartMb: number;
  rssPeakMb: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function gqlCall(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  let body: { data?: Record<string, unknown> | null; errors?: unknown[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`);
  }
  if (res.status !== 200 || body.errors?.length || !body.data) throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
  return body.data;
}

/** Polls the subscriber process until its clients have received `want` posts in all, for at most 30 s. */
async function untilReceived(subscribers: ChildLink, want: number): Promise<void> {
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    if (Number((await subscribers.ask({ type: 'status' }, 'status', 60_000)).received) >= want) return;
    await sleep(100);
  }
}

async function runLive(knobs: Knobs, name: string, role: '--serve-rembuk' | '--serve-bare', init: unknown, live: Seeded['live']): Promise<LiveResult> {
  const server = spawnChild(`${name} (server process)`, role, init);
  const subscribers = spawnChild(`${name} (subscriber process)`, '--subscribers', null);
  try {
    const listening = await server.wait('listening', 180_000);
    await subscribers.wait('started', 60_000);
    const url = String(listening.url);
    const errorSamples: string[] = [];
    let errors = 0;
    const note = (message: string) => {
      errors++;
      if (errorSamples.length < 8) errorSamples.push(message);
    };

    const connected = await subscribers.ask(
      { type: 'connect', url: url.replace(/^http/, 'ws'), threadId: String(live.threadId), tokens: live.tokens, authorName: live.authorName },
      'connected',
      Math.max(120_000, live.tokens.length * 100),
    );
    const ok = Number(connected.ok);
    const connectMs = Number(connected.ms);
    if (ok < live.tokens.length) note(`${live.tokens.length - ok} of ${live.tokens.length} clients could not connect and subscribe`);

    // There is no acknowledgement of a subscription in the protocol: probe with PRESENCE events
    // until every connected client has received one (bounded: the API allows 60 a minute).
    let readyNow = 0;
    for (let probe = 0; probe < 40 && ok > 0; probe++) {
      try {
        await gqlCall(url, live.authorToken, LIVE_PROBE, { t: String(live.threadId) });
      } catch (err) {
        note(`readiness probe failed: ${(err as Error).message}`);
      }
      await sleep(probe < 5 ? 300 : 750);
      readyNow = Number((await subscribers.ask({ type: 'status' }, 'status', 60_000)).ready);
      if (readyNow >= ok) break;
    }
    if (readyNow < ok) note(`${ok - readyNow} connected clients never received a probe event`);

    // One post before the measured ones, on both servers, not counted: the first post through a
    // freshly started server compiles its whole path (for the API: transaction, markdown,
    // notifications, fan-out), which a running server has long done.
    try {
      await gqlCall(url, live.authorToken, LIVE_POST, { i: { threadId: String(live.threadId), body: `Pemanasan t=${wallNow().toFixed(3)}` } });
      await untilReceived(subscribers, readyNow);
    } catch (err) {
      note(`warm-up post failed: ${(err as Error).message}`);
    }
    await subscribers.ask({ type: 'reset' }, 'reset-done', 60_000);
    await sleep(500);

    // The measured part: M posts on a fixed schedule. The send time goes into the body; the
    // request is not awaited before the next one, so a slow server cannot delay later send times.
    await server.ask({ type: 'stats-start' }, 'stats-started', 30_000);
    const numbers: number[] = [];
    const sends: Promise<void>[] = [];
    const t0 = performance.now() + 50;
    for (let k = 0; k < knobs.events; k++) {
      await sleep(t0 + k * LIVE_INTERVAL_MS - performance.now());
      const body = `Catatan langsung ${k + 1}/${knobs.events} t=${wallNow().toFixed(3)}`;
      sends.push(
        gqlCall(url, live.authorToken, LIVE_POST, { i: { threadId: String(live.threadId), body } }).then(
          (data) => {
            const n = (data.createPost as { number?: unknown } | undefined)?.number;
            if (typeof n === 'number') numbers.push(n);
            else note(`createPost ${k + 1} answered without a number: ${JSON.stringify(data).slice(0, 200)}`);
          },
          (err: unknown) => note(`createPost ${k + 1} failed: ${(err as Error).message}`),
        ),
      );
    }
    await Promise.all(sends);
    await untilReceived(subscribers, ok * numbers.length);
    const stats = await server.ask({ type: 'stats-stop' }, 'stats', 30_000);
    const rep = await subscribers.ask({ type: 'report', numbers }, 'report', 60_000);
    const latencies = (rep.latencies as number[]).sort((a, b) => a - b);
    const missing = Number(rep.missing) + (knobs.events - numbers.length) * live.tokens.length;
    if (missing > 0) note(`${missing} deliveries missing (e.g. ${(rep.missingSamples as string[]).join(', ') || 'posts that failed'})`);
    errors += Number(rep.errorCount);
    for (const s of rep.errorSamples as string[]) if (errorSamples.length < 8) errorSamples.push(s);
    return {
      name,
      expected: knobs.events * live.tokens.length,
      delivered: latencies.length,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? NaN,
      errors,
      errorSamples,
      connected: ok,
      connectMs,
      cpuMs: Number(stats.cpuMs),
      wallMs: Number(stats.wallMs),
      elu: Number(stats.elu),
      rssStartMb: Number(stats.rssStartMb),
      rssPeakMb: Number(stats.rssPeakMb),
    };
  } finally {
    await subscribers.close();
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------

async function main(knobs: Knobs): Promise<void> {
  const started = Date.now();
  say(`forum bench: node ${process.version}, NODE_ENV=production, ${os.cpus().length} CPUs`);
  const db = await prepareDatabase();
  const embedded = !process.env.DATABASE_URL;
  say(`database: ${db.label}`);
  say(`pool size: ${db.poolMax} for the API's ORM and the bare pg.Pool${embedded ? ' (embedded PGlite accepts one connection, so the API runs on a single one)' : ''}`);
  await migrateAndSeed(db);
  const seeded = await seedForum(db, knobs.subscribers);
  say(
    `seeded: thread ${seeded.page.threadId} with ${PAGE_POSTS} posts by ${PEOPLE.length} people in ${PEOPLE.length} provinces, ${seeded.page.replies} quoting others, ` +
      `${seeded.page.reactions} reactions; thread ${seeded.live.threadId} for live delivery; ${knobs.subscribers + PEOPLE.length + 1} users with sessions`,
  );

  // Part 1 ------------------------------------------------------------------------------------
  say('');
  say(`part 1: thread page, POST /graphql with a bearer token, ${knobs.connections} connections`);
  say(`        ${describeRounds(knobs, db)}`);
  say('        autocannon in a child process; bare and rembuk in this process, PostGraphile in its own; all cache parsed+validated documents');
  const request: PageRequest = { body: JSON.stringify({ query: PAGE_QUERY, variables: { id: String(seeded.page.threadId) } }), token: seeded.page.viewerToken };
  const contenders: Contender[] = [
    { name: 'bare graphql-js', start: () => startBarePage(db) },
    { name: 'rembuk api', start: () => startRembuk(db.appEnv) },
  ];
  if (!db.handOver) {
    // One PostGraphile process serves both its contenders (anonymous and with a JWT for the viewer).
    let peer: Promise<PostGraphilePeer> | undefined;
    const startPeer = () => (peer ??= startPostGraphile(db, PEER_PAGE_GRANTS));
    const viewerId = seeded.page.viewerId;
    const anonymous = peerPageRequest(seeded.page.threadId);
    contenders.push({ name: 'postgraphile anonymous', start: startPeer, peer: { request: anonymous, probe: peerPageProbe(anonymous, false) } });
    const withJwt = peerPageRequest(seeded.page.threadId, (await startPeer()).jwtFor(viewerId));
    contenders.push({ name: 'postgraphile with JWT', start: startPeer, peer: { request: withJwt, probe: peerPageProbe(withJwt, true) } });
  } else say('        PostGraphile: skipped (it needs a PostgreSQL server: set DATABASE_URL)');
  if (!db.pgCpu) say('        PostgreSQL CPU: n/a (the database is not a server on this machine, so its backends are not in /proc)');
  const [bareResult, appResult, anonResult, jwtResult] = await compareServers(knobs, db, contenders, (name, url) => probePage(name, url, request), {
    body: request.body,
    headers: [`authorization=Bearer ${request.token}`],
  });
  say('        bare and rembuk answered the same data (50 posts, quotes, reactions, reactedByMe); PostGraphile its own schema\'s');
  say('');
  sayComparison([appResult, jwtResult, anonResult, bareResult]);
  const app = appResult!;
  say('');
  say(`ratio: ${ratioLine(app, bareResult!).text} (reference, no target)`);
  if (anonResult) say(`ratio: ${ratioLine(app, anonResult).text} (for comparison, no target)`);
  let pagePass = app.errors === 0 && app.cpuMsPerRequest <= PAGE_TARGET_CPU_MS;
  if (jwtResult) {
    const jwt = ratioLine(app, jwtResult);
    pagePass &&= jwt.ratio >= PAGE_TARGET_PEER;
    say(`ratio: ${jwt.text}; target >= ${PAGE_TARGET_PEER}x`);
  }
  say(`app CPU per page: rembuk ${app.cpuMsPerRequest.toFixed(2)} ms (target <= ${PAGE_TARGET_CPU_MS} ms), no errors  ->  ${pagePass ? 'PASS' : 'MISS'}`);

  // Part 2 ------------------------------------------------------------------------------------
  say('');
  say(`part 2: live delivery, ${knobs.subscribers} graphql-ws subscribers (one user each) in one child process, ${knobs.events} posts ${LIVE_INTERVAL_MS} ms apart over HTTP`);
  say('        each server in its own child process, one at a time (so its CPU and RSS are its own); latency = client receive time - send time in the body');
  const live = seeded.live;
  const bareLive = await runLive(knobs, 'bare graphql-ws', '--serve-bare', { authorId: 0, authorName: live.authorName, lastNumber: live.nextNumber - 1 } satisfies BareLiveInit, live);
  const appLive = await runLive(knobs, 'rembuk api', '--serve-rembuk', db.appEnv, live);
  const lw = [16, 13, 8, 8, 8, 7, 13, 6, 17];
  say('');
  say(row(['server', 'delivered', 'p50 ms', 'p99 ms', 'max ms', 'errors', 'CPU s (%)', 'ELU', 'RSS MB start/peak'], lw));
  for (const r of [bareLive, appLive]) {
    say(
      row(
        [
          r.name,
          `${r.delivered}/${r.expected}`,
          r.p50.toFixed(1),
          r.p99.toFixed(1),
          r.max.toFixed(1),
          String(r.errors),
          `${(r.cpuMs / 1000).toFixed(2)} (${((100 * r.cpuMs) / r.wallMs).toFixed(0)}%)`,
          `${(100 * r.elu).toFixed(0)}%`,
          `${r.rssStartMb.toFixed(0)}/${r.rssPeakMb.toFixed(0)}`,
        ],
        lw,
      ),
    );
  }
  for (const r of [bareLive, appLive]) {
    say(`${r.name}: ${r.connected} clients connected and subscribed in ${(r.connectMs / 1000).toFixed(1)} s; CPU/ELU/RSS over ${(r.wallMs / 1000).toFixed(1)} s from the first post to the last delivery`);
    for (const e of r.errorSamples) say(`  error: ${e}`);
  }
  const liveRatio = appLive.p99 / bareLive.p99;
  const livePass = liveRatio <= LIVE_TARGET && appLive.errors === 0 && appLive.delivered === appLive.expected;
  say('');
  say(`delivery p99 ratio rembuk/bare = ${Number.isFinite(liveRatio) ? liveRatio.toFixed(2) : 'n/a'}x (target <= ${LIVE_TARGET}x, every event delivered, no errors) ${livePass ? 'PASS' : 'MISS'}`);
  say(`(took ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

async function parentMain(): Promise<void> {
  const knobs = readForumKnobs();
  await runBench(() => main(knobs));
}

if (ROLE === '--subscribers') await subscribersMain();
else if (ROLE === '--serve-rembuk' || ROLE === '--serve-bare') await serverChildMain(ROLE === '--serve-rembuk' ? 'rembuk' : 'bare');
else await parentMain();
