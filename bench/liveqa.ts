/**
 * Live Q&A scale benchmark: N participants (each its own user and graphql-ws connection) in one
 * live session while questions and votes arrive over HTTP; the real Rembuk API against a bare
 * graphql-ws server without a database that broadcasts the same payloads. See bench/README.md.
 *
 * Run with `npm run bench:liveqa` (builds the API first). Knobs, all optional:
 *   DATABASE_URL         PostgreSQL server to use (a fresh database `rembuk_bench_<pid>` is created
 *                        on it and dropped at the end); unset = embedded PGlite in a temporary folder
 *   BENCH_PARTICIPANTS   comma-separated participant counts, one run each (default 1000,5000,10000;
 *                        each 50..20000)
 *   BENCH_SECONDS        seconds of questions (2/s) and votes (50/s) per run (default 10, 2..60)
 *
 * Exits non-zero only when something crashes; a missed target prints MISS and exits 0.
 *
 * The same file is also the child processes (argv[2]): `--subscribers` holds graphql-ws clients
 * (two such processes above 5,000 participants), `--serve-rembuk` / `--serve-bare` run the server
 * under test. They talk to the parent over IPC only and exit when it goes away.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter, on } from 'node:events';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { closeHttp, loadApi, migrateAndSeed, onCleanup, prepareDatabase, row, runBench, say, startHttpGraphql, startRembuk, type BenchDb, type Target } from './lib.js';

// Production code paths in graphql-js and Express, as in the container; children inherit it.
process.env.NODE_ENV = 'production';
const { buildSchema } = await import('graphql');

type TokensModule = typeof import('../api/src/core/auth/tokens.js');

const SELF = fileURLToPath(import.meta.url);
const ROLE = process.argv[2] ?? '';

const SUBSCRIPTION = 'subscription($s: ID!) { liveSessionEvents(sessionId: $s) { kind question { id text voteCount } votes { questionId voteCount } } }';
const ASK = 'mutation($s: ID!, $t: String!) { askQuestion(sessionId: $s, text: $t) { id } }';
const VOTE = 'mutation($q: ID!) { toggleQuestionVote(questionId: $q) { id voteCount } }';
/** Questions every 500 ms (each from another participant: the API allows 5 a minute each), a vote every 20 ms. */
const QUESTION_EVERY_MS = 500;
const VOTE_EVERY_MS = 20;
const TARGET_RATIO = 1.0;
const TARGET_RSS_MB = 1024;
/** Clients connecting at once in each subscriber process. */
const CONNECT_BATCH = 100;
/** Clients per subscriber process; above this the clients are split over two processes. */
const PER_PROCESS = 5000;
/** Vote propagation is recorded on about this many clients (every k-th), to keep the report small. */
const VOTE_SAMPLE_CLIENTS = 250;

interface Knobs {
  participants: number[];
  seconds: number;
}

function readLiveKnobs(): Knobs {
  const list = (process.env.BENCH_PARTICIPANTS ?? '1000,5000,10000').split(',').map((s) => s.trim()).filter(Boolean);
  const participants = list.map(Number);
  const seconds = Number(process.env.BENCH_SECONDS ?? '10');
  if (!participants.length || participants.some((n) => !Number.isInteger(n) || n < 50 || n > 20_000)) {
    process.stderr.write(`bench: BENCH_PARTICIPANTS must be whole numbers from 50 to 20000, comma-separated, got "${process.env.BENCH_PARTICIPANTS}"\n`);
    process.exit(2);
  }
  if (!Number.isInteger(seconds) || seconds < 2 || seconds > 60) {
    process.stderr.write(`bench: BENCH_SECONDS must be a whole number from 2 to 60, got "${process.env.BENCH_SECONDS}"\n`);
    process.exit(2);
  }
  return { participants, seconds };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));
/** Wall-clock milliseconds, comparable between processes on one machine. */
const wallNow = () => performance.timeOrigin + performance.now();

// ---------------------------------------------------------------------------------------------
// Data: a facilitator, a meeting, one open live session and N participants with sessions (SQL)

interface Seeded {
  sessionId: number;
  tokens: string[];
}

async function seedLive(db: BenchDb, participants: number): Promise<Seeded> {
  const { hashToken, newToken } = await loadApi<TokensModule>('core/auth/tokens.js');
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query('begin');
  try {
    const region = (await client.query<{ code: string }>('select code from region order by code limit 1')).rows[0]?.code;
    if (!region) throw new Error('no region after seeding reference data');
    const users = await client.query<{ id: number }>(
      `insert into app_user (name, email, username, role, region_code, password_hash)
       select case when i = 0 then 'Fasilitator Rapat' else 'Peserta ' || i end,
              'bench_qa_' || i || '@bench.rembuk.invalid', 'bench_qa_' || i,
              (case when i = 0 then 'FACILITATOR' else 'MEMBER' end)::user_role, $1, 'bench: no password'
       from generate_series(0, $2::int) as i order by i returning id`,
      [region, participants],
    );
    const [facilitator, ...members] = users.rows.map((r) => r.id);
    const meetingId = (
      await client.query<{ id: number }>(
        `insert into meeting (title, starts_at, ends_at, organiser, created_by_id)
         values ('Rapat koordinasi nasional SPBE', now(), now() + interval '3 hours', 'Kementerian PANRB', $1) returning id`,
        [facilitator],
      )
    ).rows[0].id;
    const sessionId = (
      await client.query<{ id: number }>(`insert into live_session (meeting_id, code, title, allow_guests) values ($1, 'BENCHQA', 'Tanya jawab', true) returning id`, [meetingId])
    ).rows[0].id;
    // Everyone has joined (as joinLiveSession would record), so no vote creates a participant row.
    await client.query(`insert into live_participant (session_id, user_id) select $1, u from unnest($2::int[]) as t(u)`, [sessionId, members]);
    const tokens = members.map(() => newToken());
    await client.query(
      `insert into user_session (token_hash, user_id, expires_at, user_agent)
       select h, u, now() + interval '1 day', 'bench' from unnest($1::text[], $2::int[]) as t(h, u)`,
      [tokens.map(hashToken), members],
    );
    await client.query('commit');
    return { sessionId, tokens };
  } finally {
    // After a commit this is a no-op with a warning; after a failure it undoes the half-seeded data.
    await client.query('rollback').catch(() => {});
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// The bare server: node:http mutations + graphql-ws subscriptions, counts in memory, and the
// API's coalescing (VOTES and PRESENCE at most every 150 ms), so both send the same events.

const BARE_SDL = /* GraphQL */ `
  enum LiveEventKind {
    QUESTION_ADDED
    VOTES
    PRESENCE
  }
  type Question {
    id: ID!
    text: String!
    voteCount: Int!
  }
  type QuestionVoteCount {
    questionId: ID!
    voteCount: Int!
  }
  type LiveSessionEvent {
    kind: LiveEventKind!
    sessionId: ID!
    question: Question
    votes: [QuestionVoteCount!]
    participantCount: Int
  }
  type Query {
    ok: Boolean
  }
  type Mutation {
    askQuestion(sessionId: ID!, text: String!, anonymous: Boolean! = false): Question!
    toggleQuestionVote(questionId: ID!): Question!
  }
  type Subscription {
    liveSessionEvents(sessionId: ID!): LiveSessionEvent!
  }
`;

async function startBareLive(): Promise<Target> {
  const { WebSocketServer } = await import('ws');
  const { useServer } = await import('graphql-ws/use/ws');
  const bus = new EventEmitter();
  bus.setMaxListeners(0);
  const questions = new Map<string, { id: string; text: string; voteCount: number; voters: Set<string> }>();
  let lastId = 0;
  let online = 0;
  let dirtyVotes = new Set<string>();
  let dirtyPresence = false;
  let timer: NodeJS.Timeout | undefined;
  const publish = (sessionId: string, event: Record<string, unknown>) => bus.emit('live', { liveSessionEvents: { sessionId, question: null, votes: null, participantCount: null, ...event } });
  const flush = (sessionId: string) => {
    timer = undefined;
    if (dirtyVotes.size) publish(sessionId, { kind: 'VOTES', votes: [...dirtyVotes].map((id) => ({ questionId: id, voteCount: questions.get(id)?.voteCount ?? 0 })) });
    if (dirtyPresence) publish(sessionId, { kind: 'PRESENCE', participantCount: online });
    dirtyVotes = new Set();
    dirtyPresence = false;
  };
  let sessionOf = '';
  const schedule = () => void (timer ??= setTimeout(() => flush(sessionOf), 150));
  const rootValue = {
    askQuestion({ sessionId, text }: { sessionId: string; text: string }) {
      const q = { id: String(++lastId), text: text.trim().replace(/\s+/g, ' '), voteCount: 0, voters: new Set<string>() };
      questions.set(q.id, q);
      publish(String(sessionId), { kind: 'QUESTION_ADDED', question: q });
      return q;
    },
    toggleQuestionVote({ questionId }: { questionId: string }, ctx: { token: string }) {
      const q = questions.get(String(questionId));
      if (!q) throw new Error('Question not found');
      if (q.voters.delete(ctx.token)) q.voteCount--;
      else {
        q.voters.add(ctx.token);
        q.voteCount++;
      }
      dirtyVotes.add(q.id);
      schedule();
      return q;
    },
  };
  const schema = buildSchema(BARE_SDL);
  const { server, url } = await startHttpGraphql(schema, rootValue, async (req) => ({ token: req.headers.authorization ?? '' }));
  const wss = new WebSocketServer({ server, path: '/graphql', maxPayload: 256 * 1024 });
  /** One subscriber's stream: counts it online (like the API's join/leave) until it ends. */
  const stream = ({ sessionId }: { sessionId: string }): AsyncIterableIterator<unknown> => {
    const source = on(bus, 'live');
    sessionOf = String(sessionId);
    online++;
    dirtyPresence = true;
    schedule();
    let left = false;
    const leave = async () => {
      if (!left) {
        left = true;
        online--;
        dirtyPresence = true;
        schedule();
      }
      await source.return?.();
      return { done: true as const, value: undefined };
    };
    const it: AsyncIterableIterator<unknown> = {
      next: async () => {
        const r = await source.next();
        return r.done ? r : { done: false, value: (r.value as unknown[])[0] };
      },
      return: leave,
      throw: leave,
      [Symbol.asyncIterator]: () => it,
    };
    return it;
  };
  const disposable = useServer({ schema, roots: { subscription: { liveSessionEvents: stream } } }, wss);
  return {
    url,
    async close() {
      clearTimeout(timer);
      await disposable.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await closeHttp(server);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Child processes and their messages

type Msg = { type: string } & Record<string, unknown>;
const toParent = (msg: Msg) => void process.send?.(msg);

/** A child process of this file: send a message, wait for the answer of a given type. */
function spawnLink(name: string, role: string, init: unknown) {
  // BENCH_PROFILE=<dir>: the servers under test write V8 CPU profiles there (for finding hot spots).
  const profile = process.env.BENCH_PROFILE && role.startsWith('--serve') ? [`--cpu-prof`, `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const proc: ChildProcess = spawn(process.execPath, [...profile, ...process.execArgv, SELF, role], {
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    env: { ...process.env, BENCH_CHILD_INIT: JSON.stringify(init ?? null) },
  });
  proc.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    for (const line of chunk.split('\n')) if (line) process.stderr.write(`[${name}] ${line}\n`);
  });
  const inbox: Msg[] = [];
  const waiting = new Set<{ type: string; done: (m: Msg | Error) => void }>();
  let gone: string | null = null;
  const exited = new Promise<void>((resolve) => {
    const end = (why: string) => {
      gone ??= why;
      for (const w of waiting) w.done(new Error(`${name} ${why}`));
      resolve();
    };
    proc.on('exit', (code, signal) => end(`exited (${code ?? signal})`));
    proc.on('error', (err) => end(`failed to start (${err.message})`));
  });
  proc.on('message', (raw) => {
    const m = raw as Msg;
    const w = [...waiting].find((x) => x.type === m.type || m.type === 'failed');
    if (!w) return void inbox.push(m);
    w.done(m.type === 'failed' ? new Error(`${name}: ${String(m.message)}`) : m);
  });
  const wait = (type: string, ms: number) =>
    new Promise<Msg>((resolve, reject) => {
      const i = inbox.findIndex((m) => m.type === type || m.type === 'failed');
      if (i >= 0) {
        const [m] = inbox.splice(i, 1);
        return m.type === 'failed' ? reject(new Error(`${name}: ${String(m.message)}`)) : resolve(m);
      }
      if (gone !== null) return reject(new Error(`${name} ${gone}`));
      const timer = setTimeout(() => w.done(new Error(`${name}: no "${type}" within ${Math.round(ms / 1000)} s`)), ms);
      const w = {
        type,
        done: (m: Msg | Error) => {
          clearTimeout(timer);
          waiting.delete(w);
          if (m instanceof Error) reject(m);
          else resolve(m);
        },
      };
      waiting.add(w);
    });
  const send = (msg: Msg) => void (gone === null && proc.connected && proc.send(msg));
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      if (gone !== null) return;
      send({ type: 'close' });
      const killer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(killer);
    })());
  onCleanup(close);
  return {
    wait,
    ask: (msg: Msg, answer: string, ms: number) => {
      const reply = wait(answer, ms);
      send(msg);
      return reply;
    },
    close,
  };
}
type Link = ReturnType<typeof spawnLink>;

const childInit = <T>(): T => JSON.parse(process.env.BENCH_CHILD_INIT ?? 'null') as T;

/** Child: the server under test, with CPU, event-loop utilisation and RSS between stats-start and stats-stop. */
async function serverChildMain(kind: 'rembuk' | 'bare'): Promise<void> {
  let target: Target;
  try {
    target = kind === 'rembuk' ? await startRembuk(childInit<Record<string, string>>()) : await startBareLive();
  } catch (err) {
    toParent({ type: 'failed', message: (err as Error).stack ?? String(err) });
    process.exit(1);
  }
  let exiting: Promise<void> | undefined;
  const closeAndExit = () => (exiting ??= Promise.race([target.close(), sleep(10_000)]).catch(() => {}).finally(() => process.exit(0)));
  let cpu = process.cpuUsage();
  let elu = performance.eventLoopUtilization();
  let t0 = performance.now();
  let rssStart = 0;
  let rssPeak = 0;
  let sampler: NodeJS.Timeout | undefined;
  process.on('message', (raw) => {
    const m = raw as Msg;
    if (m.type === 'stats-start') {
      [cpu, elu, t0] = [process.cpuUsage(), performance.eventLoopUtilization(), performance.now()];
      rssStart = rssPeak = process.memoryUsage.rss();
      sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 20);
      toParent({ type: 'stats-started' });
    } else if (m.type === 'stats-stop') {
      clearInterval(sampler);
      const used = process.cpuUsage(cpu);
      toParent({
        type: 'stats',
        wallMs: performance.now() - t0,
        cpuMs: (used.user + used.system) / 1000,
        elu: performance.eventLoopUtilization(elu).utilization,
        rssStartMb: rssStart / 2 ** 20,
        rssPeakMb: Math.max(rssPeak, process.memoryUsage.rss()) / 2 ** 20,
      });
    } else if (m.type === 'close') void closeAndExit();
  });
  process.on('disconnect', () => void closeAndExit());
  toParent({ type: 'listening', url: target.url });
}

// --- Child: graphql-ws clients ----------------------------------------------------------------

interface LiveData {
  liveSessionEvents?: { kind?: string; question?: { id?: string; text?: string; voteCount?: number } | null; votes?: { questionId?: string; voteCount?: number }[] | null };
}

function describeError(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (Array.isArray(e)) return e.map(describeError).join('; ');
  const o = (typeof e === 'object' && e !== null ? e : {}) as { code?: unknown; reason?: unknown; message?: unknown };
  if (o.code !== undefined) return `closed ${String(o.code)} ${String(o.reason ?? '')}`.trim();
  return o.message !== undefined ? String(o.message) : String(e);
}

/** One vote as the parent sent it: the k-th vote on a question, so its count should reach k. */
type SentVote = [questionId: string, k: number, sentAt: number];

async function subscribersMain(): Promise<void> {
  const { createClient } = await import('graphql-ws');
  const { default: WebSocket } = await import('ws');
  const clients: { dispose(): void | Promise<void> }[] = [];
  let count = 0;
  let sampleEvery = 1;
  let ready = new Uint8Array(0);
  let readyCount = 0;
  let received = 0;
  let closing = false;
  let errors = 0;
  const errorSamples: string[] = [];
  const note = (message: string) => void (errors++ < 8 && errorSamples.push(message));
  /** Question id -> receive latency per client (NaN: not yet). */
  const questionLatency = new Map<string, Float64Array>();
  /** Sampled clients: question id -> [count, receive time] whenever the count went up. */
  const voteSeen = new Map<number, Map<string, [number, number][]>>();

  type ExecutionResultLike = { data?: LiveData | null; errors?: readonly unknown[] };
  function onEvent(i: number, result: ExecutionResultLike): void {
    const recv = wallNow();
    const ev = result.data?.liveSessionEvents;
    if (result.errors?.length || !ev) return note(`client ${i}: event with errors: ${describeError(result.errors)}`);
    if (ev.kind === 'PRESENCE') return void (ready[i] || ((ready[i] = 1), readyCount++));
    if (ev.kind === 'QUESTION_ADDED') {
      const stamp = /t=(\d+(?:\.\d+)?)/.exec(ev.question?.text ?? '');
      const id = ev.question?.id;
      // voteCount is read when the event is delivered, so a late delivery may already count votes.
      if (!stamp || !id || typeof ev.question?.voteCount !== 'number') return note(`client ${i}: unexpected question ${JSON.stringify(ev.question).slice(0, 160)}`);
      let row = questionLatency.get(id);
      if (!row) questionLatency.set(id, (row = new Float64Array(count).fill(NaN)));
      if (!Number.isNaN(row[i])) return note(`client ${i}: question ${id} delivered twice`);
      row[i] = recv - Number(stamp[1]);
      received++;
      return;
    }
    if (ev.kind !== 'VOTES' || !ev.votes) return note(`client ${i}: unexpected event ${JSON.stringify(ev).slice(0, 160)}`);
    const seen = voteSeen.get(i);
    if (!seen) return;
    for (const v of ev.votes) {
      const list = seen.get(String(v.questionId)) ?? [];
      if (typeof v.voteCount === 'number' && v.voteCount > (list.at(-1)?.[0] ?? 0)) list.push([v.voteCount, recv]);
      seen.set(String(v.questionId), list);
    }
  }

  /** Client i: a lazy graphql-ws client that connects on subscribing; true once the server acknowledged it. */
  async function connectOne(i: number, url: string, token: string, sessionId: string): Promise<boolean> {
    let up = false;
    let timer: NodeJS.Timeout | undefined;
    const acknowledged = new Promise<void>((resolve, reject) => {
      timer = setTimeout(() => reject(new Error('no connection_ack within 30 s')), 30_000);
      const client = createClient({
        url,
        connectionParams: { token },
        webSocketImpl: WebSocket,
        keepAlive: 0,
        retryAttempts: 0,
        on: {
          connected: () => {
            up = true;
            resolve();
          },
          closed: (e) => {
            if (!up) reject(new Error(`closed before the acknowledgement: ${describeError(e)}`));
            else if (!closing) note(`client ${i}: closed during the run: ${describeError(e)}`);
          },
        },
      });
      clients.push(client);
      const sink = { next: (r: ExecutionResultLike) => onEvent(i, r), error: (e: unknown) => void (up && !closing && note(`client ${i}: subscription error: ${describeError(e)}`)) };
      client.subscribe<LiveData>({ query: SUBSCRIPTION, variables: { s: sessionId } }, { ...sink, complete: () => void (up && !closing && note(`client ${i}: subscription ended early`)) });
    });
    try {
      await acknowledged;
      return true;
    } catch (err) {
      note(`client ${i}: ${describeError(err)}`);
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  async function connectAll(m: Msg): Promise<void> {
    const started = performance.now();
    const tokens = m.tokens as string[];
    count = tokens.length;
    ready = new Uint8Array(count);
    sampleEvery = Math.max(1, Math.floor(Number(m.totalClients) / VOTE_SAMPLE_CLIENTS));
    for (let i = 0; i < count; i += sampleEvery) voteSeen.set(i, new Map());
    let ok = 0;
    for (let s = 0; s < count && !closing; s += CONNECT_BATCH) {
      const results = await Promise.all(tokens.slice(s, s + CONNECT_BATCH).map((t, j) => connectOne(s + j, String(m.url), t, String(m.sessionId))));
      ok += results.filter(Boolean).length;
    }
    toParent({ type: 'connected', ok, ms: performance.now() - started });
  }

  function report(questionIds: string[], votes: SentVote[]): Msg {
    const latencies: number[] = [];
    let missing = 0;
    for (const id of questionIds) {
      const row = questionLatency.get(id);
      for (let i = 0; i < count; i++) {
        if (row && !Number.isNaN(row[i])) latencies.push(row[i]);
        else missing++;
      }
    }
    for (const id of questionLatency.keys()) if (!questionIds.includes(id)) note(`question ${id} arrived but the bench did not send it`);
    const voteLatencies: number[] = [];
    let voteMissing = 0;
    for (const seen of voteSeen.values()) {
      for (const [id, k, sentAt] of votes) {
        const hit = seen.get(id)?.find(([c]) => c >= k);
        if (hit) voteLatencies.push(hit[1] - sentAt);
        else voteMissing++;
      }
    }
    return { type: 'report', latencies, missing, voteLatencies, voteMissing, errors, errorSamples };
  }

  const closeAndExit = async () => {
    if (closing) return;
    closing = true;
    await Promise.race([Promise.allSettled(clients.map((c) => c.dispose())), sleep(5_000)]);
    process.exit(0);
  };
  process.on('message', (raw) => {
    const m = raw as Msg;
    if (m.type === 'connect') connectAll(m).catch((err: unknown) => toParent({ type: 'failed', message: (err as Error).stack ?? String(err) }));
    else if (m.type === 'status') toParent({ type: 'status', ready: readyCount, received });
    else if (m.type === 'report') toParent(report(m.questionIds as string[], m.votes as SentVote[]));
    else if (m.type === 'close') void closeAndExit();
  });
  process.on('disconnect', () => void closeAndExit());
  toParent({ type: 'started' });
}

// ---------------------------------------------------------------------------------------------
// Parent: one run of one server with N participants

/** What the server process measured between stats-start and stats-stop. */
interface ServerStats {
  wallMs: number;
  cpuMs: number;
  elu: number;
  rssStartMb: number;
  rssPeakMb: number;
}

/** Sorted latencies in ms, summarised. */
const summary = (sorted: number[]) => ({ count: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN });

interface RunResult {
  name: string;
  subscribed: string;
  sent: { questions: number; votes: number };
  expected: number;
  question: ReturnType<typeof summary>;
  vote: ReturnType<typeof summary> & { of: number };
  errors: string[];
  errorCount: number;
  server: ServerStats;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] : NaN;
}

async function post(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(30_000) });
  const text = await res.text();
  const body = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: unknown[] };
  if (res.status !== 200 || body.errors?.length || !body.data) throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
  return body.data;
}

/** The same question to every subscriber process (`extra` adds what differs per process). */
async function askAll(links: Link[], msg: Msg, answer: string, ms: number, extra?: (i: number) => Record<string, unknown>): Promise<Msg[]> {
  return Promise.all(links.map((l, i) => l.ask({ ...msg, ...extra?.(i) }, answer, ms)));
}
const sum = (msgs: Msg[], key: string) => msgs.reduce((s, m) => s + Number(m[key]), 0);

async function runOne(knobs: Knobs, run: number, name: string, role: string, init: unknown, seeded: Seeded, n: number): Promise<RunResult> {
  const tokens = seeded.tokens.slice(0, n);
  const shards = Math.ceil(n / PER_PROCESS);
  const server = spawnLink(`${name} (server)`, role, init);
  const subs = Array.from({ length: shards }, (_, s) => spawnLink(`${name} (subscribers ${s + 1})`, '--subscribers', null));
  const errorSamples: string[] = [];
  let errors = 0;
  const note = (message: string) => void (errors++ < 8 && errorSamples.push(message));
  try {
    const url = String((await server.wait('listening', 180_000)).url);
    await Promise.all(subs.map((s) => s.wait('started', 60_000)));
    const per = Math.ceil(n / shards);
    const connect = { type: 'connect', url: url.replace(/^http/, 'ws'), sessionId: String(seeded.sessionId), totalClients: n };
    const connected = await askAll(subs, connect, 'connected', Math.max(120_000, per * 30), (s) => ({ tokens: tokens.slice(s * per, (s + 1) * per) }));
    const ok = sum(connected, 'ok');
    const connectMs = Math.max(...connected.map((m) => Number(m.ms)));
    if (ok < n) note(`${n - ok} of ${n} clients could not connect and subscribe`);

    // Subscribing counts a participant online; the coalesced PRESENCE event after the last join
    // reaches every live subscription, so a PRESENCE at every client means all are listening.
    let readyNow = 0;
    for (let k = 0; k < 120 && readyNow < ok; k++) {
      await sleep(500);
      readyNow = sum(await askAll(subs, { type: 'status' }, 'status', 60_000), 'ready');
    }
    if (readyNow < ok) note(`${ok - readyNow} connected clients never received a PRESENCE event`);
    await sleep(500);

    // The measured part: a question every 500 ms and a vote every 20 ms, on a fixed schedule,
    // none awaited before the next (a slow server cannot delay later send times).
    await server.ask({ type: 'stats-start' }, 'stats-started', 30_000);
    const questionIds: string[] = [];
    const votes: SentVote[] = [];
    const votesOn = new Map<string, number>();
    const voted = new Set<string>();
    const sends: Promise<void>[] = [];
    const ticks = (knobs.seconds * 1000) / VOTE_EVERY_MS;
    const perQuestion = QUESTION_EVERY_MS / VOTE_EVERY_MS;
    let voter = 0;
    const t0 = performance.now() + 50;
    for (let tick = 0; tick < ticks; tick++) {
      await sleep(t0 + tick * VOTE_EVERY_MS - performance.now());
      if (tick % perQuestion === 0) {
        const k = tick / perQuestion;
        // A different asker for every question of every run (5 questions a minute each).
        const asker = (run * 1000 + k) % n;
        const text = `Pertanyaan ${k + 1} dari peserta ${asker + 1}: bagaimana rencana integrasi layanan? t=${wallNow().toFixed(3)}`;
        sends.push(
          post(url, tokens[asker], ASK, { s: String(seeded.sessionId), t: text }).then(
            (d) => void questionIds.push(String((d.askQuestion as { id: unknown }).id)),
            (err: unknown) => note(`askQuestion ${k + 1} failed: ${(err as Error).message}`),
          ),
        );
      }
      if (!questionIds.length) continue;
      const q = questionIds[tick % questionIds.length];
      // One vote per participant and question (a second would take the first back); the voters
      // rotate through everyone, so nobody comes near 120 votes a minute.
      for (let tries = 0; tries < n && voted.has(`${voter}:${q}`); tries++) voter = (voter + 1) % n;
      if (voted.has(`${voter}:${q}`)) continue;
      voted.add(`${voter}:${q}`);
      const k = (votesOn.get(q) ?? 0) + 1;
      votesOn.set(q, k);
      const vote: SentVote = [q, k, wallNow()];
      sends.push(post(url, tokens[voter], VOTE, { q }).then(() => void votes.push(vote), (err: unknown) => note(`toggleQuestionVote failed: ${(err as Error).message}`)));
      voter = (voter + 1) % n;
    }
    await Promise.all(sends);
    // Until every question reached every client (bounded), then one more VOTES flush.
    const want = ok * questionIds.length;
    for (let deadline = performance.now() + 30_000; performance.now() < deadline; ) {
      if (sum(await askAll(subs, { type: 'status' }, 'status', 60_000), 'received') >= want) break;
      await sleep(100);
    }
    await sleep(1000);
    const stats = await server.ask({ type: 'stats-stop' }, 'stats', 30_000);
    const reports = await askAll(subs, { type: 'report', questionIds, votes }, 'report', 120_000);
    const latencies = reports.flatMap((r) => r.latencies as number[]).sort((a, b) => a - b);
    const voteLatencies = reports.flatMap((r) => r.voteLatencies as number[]).sort((a, b) => a - b);
    const questions = knobs.seconds * (1000 / QUESTION_EVERY_MS);
    const missing = sum(reports, 'missing') + (questions - questionIds.length) * n;
    if (missing > 0) note(`${missing} question deliveries missing`);
    for (const r of reports) {
      errors += Number(r.errors);
      for (const s of r.errorSamples as string[]) if (errorSamples.length < 8) errorSamples.push(s);
    }
    const { type: _type, ...measured } = stats;
    return {
      name,
      subscribed: `${ok}/${n} subscribed in ${(connectMs / 1000).toFixed(1)} s`,
      sent: { questions: questionIds.length, votes: votes.length },
      expected: questions * n,
      question: summary(latencies),
      vote: { ...summary(voteLatencies), of: voteLatencies.length + sum(reports, 'voteMissing') },
      errors: errorSamples,
      errorCount: errors,
      server: measured as unknown as ServerStats,
    };
  } finally {
    await Promise.all(subs.map((s) => s.close()));
    await server.close();
  }
}

const TABLE: [string, number, (r: RunResult) => string][] = [
  ['server', 16, (r) => r.name],
  ['questions', 17, (r) => `${r.question.count}/${r.expected}`],
  ['p50 ms', 8, (r) => r.question.p50.toFixed(1)],
  ['p99 ms', 8, (r) => r.question.p99.toFixed(1)],
  ['max ms', 8, (r) => r.question.max.toFixed(1)],
  ['votes p50/p99', 14, (r) => `${r.vote.p50.toFixed(0)}/${r.vote.p99.toFixed(0)}`],
  ['errs', 5, (r) => String(r.errorCount)],
  ['CPU s (%)', 12, ({ server: s }) => `${(s.cpuMs / 1000).toFixed(2)} (${((100 * s.cpuMs) / s.wallMs).toFixed(0)}%)`],
  ['ELU', 5, ({ server: s }) => `${(100 * s.elu).toFixed(0)}%`],
  ['RSS MB start/peak', 17, ({ server: s }) => `${s.rssStartMb.toFixed(0)}/${s.rssPeakMb.toFixed(0)}`],
];

function sayRuns(results: RunResult[]): void {
  const widths = TABLE.map((c) => c[1]);
  say(row(TABLE.map((c) => c[0]), widths));
  for (const r of results) say(row(TABLE.map((c) => c[2](r)), widths));
  for (const r of results) {
    say(`${r.name}: ${r.subscribed}; sent ${r.sent.questions} questions and ${r.sent.votes} votes; vote propagation seen ${r.vote.count}/${r.vote.of} times on sampled clients; server figures over ${(r.server.wallMs / 1000).toFixed(1)} s`);
    for (const e of r.errors) say(`  error: ${e}`);
  }
  const [bare, app] = results;
  const ratio = app.question.p99 / bare.question.p99;
  const pass = ratio <= TARGET_RATIO && app.question.count === app.expected && app.errorCount === 0 && app.server.rssPeakMb < TARGET_RSS_MB;
  say(`p99 ratio rembuk/bare = ${Number.isFinite(ratio) ? ratio.toFixed(2) : 'n/a'}x (target at N=10000: <= ${TARGET_RATIO.toFixed(1)}x, every event delivered, RSS < 1 GB) ${pass ? 'PASS' : 'MISS'}`);
}

async function main(knobs: Knobs): Promise<void> {
  const started = Date.now();
  say(`live Q&A bench: node ${process.version}, NODE_ENV=production, ${os.cpus().length} CPUs`);
  const db = await prepareDatabase();
  say(`database: ${db.label}`);
  await migrateAndSeed(db);
  const max = Math.max(...knobs.participants);
  const seeded = await seedLive(db, max);
  say(`seeded: a facilitator, a meeting, live session ${seeded.sessionId} (guests allowed), ${max} participants with user sessions`);
  // The bare server holds no database; the embedded one is handed to the API's server processes.
  await db.handOver?.();
  say(
    `per run: ${knobs.seconds} s of questions every ${QUESTION_EVERY_MS} ms (each from another participant) and votes every ${VOTE_EVERY_MS} ms over HTTP from this process; ` +
      `server and clients (${PER_PROCESS} per process at most) in child processes; question latency = client receive time - send time in the text; ` +
      `vote propagation = vote sent -> first VOTES event with a count >= the expected one, on ~${VOTE_SAMPLE_CLIENTS} sampled clients`,
  );
  for (const [run, n] of knobs.participants.entries()) {
    say('');
    say(`N = ${n} participants`);
    const bare = await runOne(knobs, run, 'bare graphql-ws', '--serve-bare', null, seeded, n);
    const app = await runOne(knobs, run, 'rembuk api', '--serve-rembuk', db.appEnv, seeded, n);
    sayRuns([bare, app]);
  }
  say(`(took ${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

if (ROLE === '--subscribers') await subscribersMain();
else if (ROLE === '--serve-rembuk' || ROLE === '--serve-bare') await serverChildMain(ROLE === '--serve-rembuk' ? 'rembuk' : 'bare');
else {
  const knobs = readLiveKnobs();
  await runBench(() => main(knobs));
}
