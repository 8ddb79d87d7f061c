/**
 * Scale-out benchmark: one live session's participants on one API instance alone (in-process
 * events, no Redis), then split over two instances behind HAProxy (events through Redis), in the
 * same run on the same database: delivery p50/p99 of questions and CPU per instance, so the cost
 * of the Redis hop is a measured figure. See bench/README.md.
 *
 * Run with `npm run bench:scale` (builds the API first; needs haproxy and redis-server installed
 * and a PostgreSQL server). Knobs, all optional:
 *   DATABASE_URL         PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres); a
 *                        fresh database is created on it and dropped at the end
 *   BENCH_PARTICIPANTS   graphql-ws clients (default 5000, 100..10000), all in this process
 *   BENCH_QUESTIONS      questions asked per topology, two a second (default 20, 5..100)
 */
import { createClient, type Client } from 'graphql-ws';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import pg from 'pg';
import { gqlAt, killApi, seedPeople, spawnApi, startHaproxy, whenReady, type ApiProcess } from '../api/test/cluster.js';
import { startRedis } from '../api/test/redis-server.js';
import { intEnv, onCleanup, row, runBench, say } from './lib.js';

const SUBSCRIPTION = 'subscription($s: ID!) { liveSessionEvents(sessionId: $s) { kind question { id text } } }';
const ASK = 'mutation($s: ID!, $t: String!) { askQuestion(sessionId: $s, text: $t) { id } }';
const MEETING = 'mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id } }';
const OPEN = 'mutation($i: OpenLiveSessionInput!) { openLiveSession(input: $i) { id code } }';
const QUESTION_EVERY_MS = 500;
/** Sessions (users) the clients share: each socket counts as one participant; the API allows 5 questions a minute each. */
const USERS = 100;
const CONNECT_BATCH = 100;

/** CPU seconds (user + system) a process has used so far, from /proc. */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

interface Result {
  name: string;
  delivered: number;
  expected: number;
  p50: number;
  p99: number;
  cpu: { name: string; seconds: number }[];
  seconds: number;
}

async function measure(name: string, wsUrls: string[], askUrl: string, sessionId: string, tokens: string[], participants: number, questions: number, processes: { name: string; pid: number }[]): Promise<Result> {
  const sent = new Map<string, number>();
  const failedAsks: string[] = [];
  const latencies: number[] = [];
  const clients: Client[] = [];
  let subscribed = 0;
  for (let i = 0; i < participants; i += CONNECT_BATCH) {
    const batch: Promise<void>[] = [];
    for (let j = i; j < Math.min(participants, i + CONNECT_BATCH); j++) {
      const client = createClient({ url: wsUrls[j % wsUrls.length]!, webSocketImpl: WebSocket, connectionParams: { token: tokens[j % tokens.length] }, retryAttempts: 0, lazy: false, onNonLazyError: () => {} });
      clients.push(client);
      batch.push(
        new Promise<void>((resolve) => {
          let first = true;
          client.subscribe<{ liveSessionEvents: { kind: string; question: { text: string } | null } }>(
            { query: SUBSCRIPTION, variables: { s: sessionId } },
            {
              next: (r) => {
                if (first) {
                  first = false;
                  subscribed++;
                  resolve();
                }
                const text = r.data?.liveSessionEvents.question?.text;
                const at = text ? sent.get(text) : undefined;
                if (r.data?.liveSessionEvents.kind === 'QUESTION_ADDED' && at !== undefined) latencies.push(performance.now() - at);
              },
              error: () => resolve(),
              complete: () => resolve(),
            },
          );
        }),
      );
    }
    // The first PRESENCE event says the subscription is live.
    await Promise.race([Promise.all(batch), new Promise((r) => setTimeout(r, 15_000))]);
  }
  if (subscribed < participants) say(`  ${name}: only ${subscribed} of ${participants} subscribed within 15 s per batch`);
  await new Promise((r) => setTimeout(r, 1000));
  const before = processes.map((p) => cpuSeconds(p.pid));
  const started = performance.now();
  for (let q = 0; q < questions; q++) {
    const text = `${name} pertanyaan ${q} ${Date.now()}`;
    sent.set(text, performance.now());
    void gqlAt(askUrl, ASK, { s: sessionId, t: text }, { authorization: `Bearer ${tokens[q % tokens.length]}` }).then(
      (r) => r.errors && failedAsks.push(r.errors[0]!.message),
      (err: unknown) => failedAsks.push(String((err as { cause?: unknown }).cause ?? err)),
    );
    await new Promise((r) => setTimeout(r, QUESTION_EVERY_MS));
  }
  // Late deliveries count, up to 10 s after the last question.
  const expected = questions * subscribed;
  const deadline = performance.now() + 10_000;
  while (latencies.length < expected && performance.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const seconds = (performance.now() - started) / 1000;
  const cpu = processes.map((p, i) => ({ name: p.name, seconds: cpuSeconds(p.pid) - before[i]! }));
  await Promise.all(clients.map((c) => c.dispose()));
  if (failedAsks.length) say(`  ${name}: ${failedAsks.length} questions failed: ${[...new Set(failedAsks)].slice(0, 3).join('; ')}`);
  const sorted = latencies.sort((a, b) => a - b);
  return { name, delivered: latencies.length, expected, p50: percentile(sorted, 50), p99: percentile(sorted, 99), cpu, seconds };
}

async function main() {
  const participants = intEnv('BENCH_PARTICIPANTS', 5000, 100, 10_000);
  const questions = intEnv('BENCH_QUESTIONS', 20, 5, 100);
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `rembuk_bench_scale_${process.pid}`;
  const admin = async (sql: string) => {
    const u = new URL(serverUrl);
    u.pathname = '/postgres';
    const c = new pg.Client({ connectionString: u.toString() });
    await c.connect();
    await c.query(sql).finally(() => c.end());
  };
  await admin(`create database "${dbName}"`);
  onCleanup(() => admin(`drop database if exists "${dbName}" with (force)`));
  const u = new URL(serverUrl);
  u.pathname = `/${dbName}`;
  const databaseUrl = u.toString();
  const redis = await startRedis();
  onCleanup(() => redis.stop());
  const env = { NODE_ENV: 'production', TRUST_PROXY: 'true', LIVE_GUESTS_PER_SESSION: '20000' };
  const running: ApiProcess[] = [];
  onCleanup(() => Promise.all(running.map((a) => killApi(a))).then(() => undefined));

  say(`bench:scale — ${participants} participants, ${questions} questions (2/s) per topology; a shared 2-core machine: compare within one run`);
  // One instance alone: events stay in the process.
  const alone = await spawnApi({ databaseUrl, entry: 'dist', env });
  running.push(alone);
  await whenReady(alone);
  const [facilitator, ...members] = await seedPeople(databaseUrl, [{ role: 'FACILITATOR' }, ...Array.from({ length: USERS }, () => ({ role: 'MEMBER' as const, regionCode: '32.11' }))]);
  const as = { authorization: `Bearer ${facilitator!.token}` };
  const meeting = await gqlAt<{ createMeeting: { id: string } }>(alone.url, MEETING, { i: { title: 'Rapat bench', startsAt: '2026-12-01T02:00:00Z', endsAt: '2026-12-01T06:00:00Z', organiser: 'Kemendagri', cohortSlug: 'living-lab-2022', agenda: [] } }, as);
  const tokens = members.map((m) => m.token);
  const open = async (url: string) => (await gqlAt<{ openLiveSession: { id: string } }>(url, OPEN, { i: { meetingId: meeting.data!.createMeeting.id, title: `Sesi ${Date.now()}` } }, as)).data!.openLiveSession.id;
  const ws = (url: string) => `${url.replace('http', 'ws')}/graphql`;
  const results: Result[] = [];
  results.push(await measure('one instance, in-process', [ws(alone.url)], alone.url, await open(alone.url), tokens, participants, questions, [{ name: 'api', pid: alone.child.pid! }]));
  await killApi(alone, 'SIGTERM');
  running.length = 0;

  // Two instances on Redis behind HAProxy, the clients spread by the proxy.
  const pair = await Promise.all([0, 1].map(() => spawnApi({ databaseUrl, redisUrl: redis.url, entry: 'dist', env })));
  running.push(...pair);
  await Promise.all(pair.map((a) => whenReady(a)));
  const proxy = await startHaproxy(pair.map((a, i) => ({ name: i ? 'b' : 'a', address: `127.0.0.1:${a.port}` })));
  onCleanup(() => proxy.stop());
  await new Promise((r) => setTimeout(r, 1500));
  results.push(await measure('two instances + Redis + HAProxy', [ws(proxy.url)], proxy.url, await open(proxy.url), tokens, participants, questions, pair.map((a, i) => ({ name: i ? 'api b' : 'api a', pid: a.child.pid! }))));

  const widths = [34, 20, 9, 9, 40];
  say(row(['topology', 'delivered/expected', 'p50 ms', 'p99 ms', 'CPU s per instance (% of one core)'], widths));
  for (const r of results) {
    const cpu = r.cpu.map((c) => `${c.name} ${c.seconds.toFixed(2)} (${Math.round((100 * c.seconds) / r.seconds)}%)`).join(', ');
    say(row([r.name, `${r.delivered}/${r.expected}`, r.p50.toFixed(1), r.p99.toFixed(1), cpu], widths));
  }
  const [one, two] = results;
  say(`p99 ratio two/one = ${(two!.p99 / one!.p99).toFixed(2)}x (the Redis hop and the proxy, with the work split over two processes on the same 2 cores)`);
}

await runBench(main);
