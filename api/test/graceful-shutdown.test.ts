import http from 'node:http';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gqlAt, killApi, seedPeople, spawnApi, whenReady, type ApiProcess } from './cluster.js';
import { ASK, MEETING, OPEN, meetingInput } from './live-helpers.js';
import { startRedis } from './redis-server.js';
import { adminQuery, createFromTemplate, uniqueDbName, withDatabase } from './test-db.js';
import { until } from './ws-helpers.js';

const tpl = inject('dbTemplate');
const EVENTS = `subscription($s: ID!) { liveSessionEvents(sessionId: $s) { kind questionId participantCount } }`;
const READ = `query($c: String!) { liveSession(code: $c) { id participantCount } }`;

/** A request sent in two halves, the second after the signal: it is in progress when the drain begins. */
function slowRequest(url: string, token: string, body: string, pauseMs: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const u = new URL(`${url}/graphql`);
    const req = http.request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${token}` } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    const half = Math.floor(body.length / 2);
    req.write(body.slice(0, half));
    setTimeout(() => req.end(body.slice(half)), pauseMs);
  });
}

const refusedAtConnect = (err: unknown) => (err as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED';

describe.skipIf(tpl.kind !== 'server')('graceful shutdown (SIGTERM) of a real API process', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let api: ApiProcess;
  let dropDb: () => Promise<void>;
  let people: { id: number; token: string }[];

  beforeAll(async () => {
    if (tpl.kind !== 'server') return;
    const name = uniqueDbName('rembuk_sigterm');
    await createFromTemplate(tpl.url, name, tpl.template);
    const url = withDatabase(tpl.url, name);
    dropDb = () => adminQuery(tpl.url, `drop database if exists "${name}" with (force)`);
    redis = await startRedis();
    people = await seedPeople(url, [{ role: 'FACILITATOR' }, { role: 'MEMBER', regionCode: '32.11' }]);
    api = await spawnApi({ databaseUrl: url, redisUrl: redis.url, env: { SHUTDOWN_TIMEOUT_SECONDS: '10' } });
    await whenReady(api);
  }, 120_000);

  afterAll(async () => {
    if (api) await killApi(api);
    await redis?.stop();
    await dropDb?.();
  });

  it('finishes every request in progress, delivers what was committed, sends WebSocket clients away with 1012 and exits 0 in time', async () => {
    const [facilitator, member] = people.map((p) => ({ authorization: `Bearer ${p.token}` }));
    const meeting = await gqlAt<{ createMeeting: { id: string } }>(api.url, MEETING, { i: meetingInput }, facilitator);
    const opened = await gqlAt<{ openLiveSession: { id: string; code: string } }>(api.url, OPEN, { i: { meetingId: meeting.data!.createMeeting.id, title: 'Sesi uji' } }, facilitator);
    const session = opened.data!.openLiveSession;

    // A subscriber that does not retry, so its close code is the server's.
    const events: { kind: string; questionId: string | null }[] = [];
    let closeCode: number | undefined;
    const ws: Client = createClient({ url: api.url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: { token: people[1]!.token }, retryAttempts: 0, on: { closed: (e) => (closeCode = (e as { code: number }).code) } });
    ws.subscribe<{ liveSessionEvents: { kind: string; questionId: string | null } }>({ query: EVENTS, variables: { s: session.id } }, { next: (r) => r.data && events.push(r.data.liveSessionEvents), error: () => {}, complete: () => {} });
    await until(() => events.some((e) => e.kind === 'PRESENCE'));

    // A stream of requests from 6 clients (keep-alive, as browsers and proxies do).
    let stop = false;
    let answered = 0;
    let answeredAfterSignal = 0;
    let signalled = false;
    const failures: string[] = [];
    const worker = async () => {
      while (!stop) {
        try {
          const r = await gqlAt<{ liveSession: { id: string } }>(api.url, READ, { c: session.code }, member);
          if (r.status !== 200 || r.errors || !r.data?.liveSession) failures.push(`${r.status} ${JSON.stringify(r.errors)}`);
          else if (signalled) answeredAfterSignal++;
          answered++;
        } catch (err) {
          // The listener is closed: nothing was accepted, and a proxy sends it to another instance.
          if (signalled && refusedAtConnect(err)) return;
          failures.push(String((err as { cause?: unknown }).cause ?? err));
          return;
        }
      }
    };
    const workers = Array.from({ length: 6 }, worker);
    await until(() => answered > 50, 20_000);

    // Committed before the signal: the subscriber must still get it.
    const asked = await gqlAt<{ askQuestion: { id: string } }>(api.url, ASK, { s: session.id, t: 'Apakah data SPBE tahun ini sudah final?' }, member);
    expect(asked.errors).toBeUndefined();
    const slow = slowRequest(api.url, people[1]!.token, JSON.stringify({ query: READ, variables: { c: session.code } }), 400);
    await new Promise((r) => setTimeout(r, 50));

    const signalledAt = Date.now();
    signalled = true;
    api.child.kill('SIGTERM');
    const exit = await api.exited;
    const tookMs = Date.now() - signalledAt;
    stop = true;
    await Promise.all(workers);

    expect(exit).toBe(0);
    expect(tookMs).toBeLessThan(10_000);
    expect(failures).toEqual([]);
    const late = await slow;
    expect(late.status).toBe(200);
    expect(JSON.parse(late.body).data.liveSession.id).toBe(session.id);
    expect(events.filter((e) => e.kind === 'QUESTION_ADDED').map((e) => e.questionId)).toEqual([asked.data!.askQuestion.id]);
    await until(() => closeCode !== undefined, 2_000);
    expect(closeCode).toBe(1012);
    expect(api.output()).not.toMatch(/"level":(50|60)/);
    expect(answered).toBeGreaterThan(answeredAfterSignal);
    await ws.dispose();
  }, 60_000);
});
