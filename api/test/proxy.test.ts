import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gqlAt, killApi, seedPeople, spawnApi, startHaproxy, whenReady, type ApiProcess, type Proxy } from './cluster.js';
import { ASK, MEETING, OPEN, meetingInput } from './live-helpers.js';
import { startRedis } from './redis-server.js';
import { adminQuery, createFromTemplate, uniqueDbName, withDatabase } from './test-db.js';
import { until } from './ws-helpers.js';

// Two API processes on one PostgreSQL database and one Redis, behind HAProxy (TRUST_PROXY=true),
// as deploy/haproxy.cfg runs them. The Redis is private: the keys of rate limits and presence
// carry database ids, which every fresh test database repeats.
const tpl = inject('dbTemplate');
const EVENTS = `subscription($s: ID!) { liveSessionEvents(sessionId: $s) { kind questionId participantCount } }`;
const STATE = `query($c: String!) { liveSession(code: $c) { participantCount questions(includeAnswered: true) { id } } }`;
const PREVIEW = `query($c: String!) { liveSessionPreview(code: $c) { code } }`;
/** Presence reports expire this fast here (the default is 45 s), so the test of a lost instance stays short. */
const PRESENCE_TTL_SECONDS = 6;
const CLIENTS = 200;

/** A graphql-ws client through the proxy, optionally pinned to one instance by HAProxy's cookie. */
function wsClient(proxy: Proxy, token: string, opts: { pin?: string; onConnected?: (wasRetry: boolean) => void; onRetry?: () => void } = {}): Client {
  const headers = opts.pin ? { cookie: `${proxy.cookie}=${opts.pin}` } : {};
  class Pinned extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  return createClient({ url: `${proxy.url.replace('http', 'ws')}/graphql`, webSocketImpl: Pinned, connectionParams: { token }, retryAttempts: Infinity, on: { connected: (_s, _p, wasRetry) => opts.onConnected?.(wasRetry), connecting: (isRetry) => isRetry && opts.onRetry?.() } });
}

describe.skipIf(tpl.kind !== 'server')('two instances behind HAProxy', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let instances: ApiProcess[] = [];
  let proxy: Proxy;
  let dropDb: () => Promise<void>;
  let people: { id: number; token: string }[];
  let session: { id: string; code: string };
  const sockets: Client[] = [];
  const auth = (i: number, pin?: string): Record<string, string> => ({ authorization: `Bearer ${people[i]!.token}`, ...(pin ? { cookie: `${proxy.cookie}=${pin}` } : {}) });

  beforeAll(async () => {
    if (tpl.kind !== 'server') return;
    const name = uniqueDbName('rembuk_proxy');
    await createFromTemplate(tpl.url, name, tpl.template);
    const url = withDatabase(tpl.url, name);
    dropDb = () => adminQuery(tpl.url, `drop database if exists "${name}" with (force)`);
    redis = await startRedis();
    people = await seedPeople(url, [{ role: 'FACILITATOR' }, ...Array.from({ length: 11 }, () => ({ role: 'MEMBER' as const, regionCode: '32.11' }))]);
    const env = { TRUST_PROXY: 'true', LIVE_PRESENCE_TTL_SECONDS: String(PRESENCE_TTL_SECONDS) };
    instances = await Promise.all([0, 1].map(() => spawnApi({ databaseUrl: url, redisUrl: redis.url, env })));
    await Promise.all(instances.map((i) => whenReady(i)));
    proxy = await startHaproxy(instances.map((i, n) => ({ name: n === 0 ? 'a' : 'b', address: `127.0.0.1:${i.port}` })));
    // HAProxy's first health checks pass within a second.
    await new Promise((r) => setTimeout(r, 1500));
    const meeting = await gqlAt<{ createMeeting: { id: string } }>(proxy.url, MEETING, { i: meetingInput }, auth(0));
    const opened = await gqlAt<{ openLiveSession: { id: string; code: string } }>(proxy.url, OPEN, { i: { meetingId: meeting.data!.createMeeting.id, title: 'Sesi uji' } }, auth(0));
    session = opened.data!.openLiveSession;
  }, 150_000);

  afterAll(async () => {
    await Promise.all(sockets.map((s) => s.dispose()));
    await proxy?.stop();
    await Promise.all(instances.map((i) => killApi(i)));
    await redis?.stop();
    await dropDb?.();
  });

  it('pins clients by cookie, and a question asked on one instance reaches a subscriber on the other', async () => {
    const seen = new Set<string | undefined>();
    for (let i = 0; i < 4; i++) {
      const res = await fetch(`${proxy.url}/healthz`);
      seen.add(/rembuk_instance=(\w+)/.exec(res.headers.get('set-cookie') ?? '')?.[1]);
    }
    expect([...seen].sort()).toEqual(['a', 'b']);

    const events: { kind: string; questionId: string | null }[] = [];
    const onB = wsClient(proxy, people[2]!.token, { pin: 'b' });
    sockets.push(onB);
    onB.subscribe<{ liveSessionEvents: { kind: string; questionId: string | null } }>({ query: EVENTS, variables: { s: session.id } }, { next: (r) => r.data && events.push(r.data.liveSessionEvents), error: () => {}, complete: () => {} });
    await until(() => events.some((e) => e.kind === 'PRESENCE'));
    const asked = await gqlAt<{ askQuestion: { id: string } }>(proxy.url, ASK, { s: session.id, t: 'Pertanyaan dari instans A' }, auth(1, 'a'));
    await until(() => events.some((e) => e.kind === 'QUESTION_ADDED' && e.questionId === asked.data!.askQuestion.id), 5_000);
    await onB.dispose();
  });

  it('counts a rate limit of N as N in total across instances, and per address by the address HAProxy saw', async () => {
    // live:question allows 5 a minute per person: alternating between the instances changes nothing.
    const codes: string[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await gqlAt(proxy.url, ASK, { s: session.id, t: `Pertanyaan nomor ${i + 1}` }, auth(3, i % 2 ? 'b' : 'a'));
      codes.push(r.errors?.[0]?.extensions?.code ?? 'OK');
    }
    expect(codes).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'RATE_LIMITED', 'RATE_LIMITED']);

    // live:preview allows 30 a minute per address. A client inventing X-Forwarded-For gains
    // nothing: HAProxy overwrites it with the peer's address, which the instances then share.
    let ok = 0;
    for (let i = 0; i < 34; i++) {
      const r = await gqlAt(proxy.url, PREVIEW, { c: session.code }, { 'x-forwarded-for': `203.0.113.${i}`, cookie: `${proxy.cookie}=${i % 2 ? 'b' : 'a'}` });
      if (!r.errors) ok++;
    }
    expect(ok).toBe(30);
  }, 30_000);

  it(`loses an instance to kill -9 with ${CLIENTS} subscribers: they reconnect to the survivor, miss nothing committed, and the count corrects itself`, async ({ annotate }) => {
    // Each client knows the questions it has seen, live or by reading again after a reconnect (as the web's live page does).
    const known = Array.from({ length: CLIENTS }, () => new Set<string>());
    const reconnectedAt: number[] = [];
    /** Per client, how many times it tried to connect again. */
    const attempts = new Array<number>(CLIENTS).fill(0);
    let lastCount = 0;
    let highest = 0;
    const failedReads: string[] = [];
    for (let c = 0; c < CLIENTS; c++) {
      const token = people[1 + (c % 10)]!.token;
      // Read again until it works, as a page would on its next try (the dead instance may still get a request or two).
      const catchUp = async () => {
        for (;;) {
          const res = await fetch(`${proxy.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: STATE, variables: { c: session.code } }) }).catch((err: unknown) => String(err));
          const body = typeof res === 'string' ? undefined : ((await res.json().catch(() => undefined)) as { data?: { liveSession: { questions: { id: string }[] } } } | undefined);
          if (body?.data) {
            for (const q of body.data.liveSession.questions) known[c]!.add(q.id);
            return;
          }
          failedReads.push(typeof res === 'string' ? res : `${res.status} ${res.headers.get('x-rembuk-instance') ?? ''}`);
          await new Promise((r) => setTimeout(r, 250));
        }
      };
      const client = wsClient(proxy, token, {
        onConnected: (wasRetry) => {
          if (!wasRetry) return;
          reconnectedAt.push(Date.now());
          void catchUp();
        },
        onRetry: () => attempts[c]++,
      });
      sockets.push(client);
      client.subscribe<{ liveSessionEvents: { kind: string; questionId: string | null; participantCount: number | null } }>(
        { query: EVENTS, variables: { s: session.id } },
        {
          next: (r) => {
            const e = r.data?.liveSessionEvents;
            if (e?.kind === 'QUESTION_ADDED' && e.questionId) known[c]!.add(e.questionId);
            if (e?.kind === 'PRESENCE' && c === 0) highest = Math.max(highest, (lastCount = e.participantCount ?? 0));
          },
          error: () => {},
          complete: () => {},
        },
      );
    }
    const count = async () => (await gqlAt<{ liveSession: { participantCount: number } }>(proxy.url, STATE, { c: session.code }, auth(1))).data!.liveSession.participantCount;
    await until(() => lastCount === CLIENTS, 20_000);

    const committed: string[] = [];
    const ask = async (text: string) => {
      const r = await gqlAt<{ askQuestion: { id: string } }>(proxy.url, ASK, { s: session.id, t: text }, auth(11, 'b'));
      expect(r.errors).toBeUndefined();
      committed.push(r.data!.askQuestion.id);
    };
    await ask('Sebelum instans A hilang');
    await until(() => known.every((k) => k.has(committed[0]!)), 10_000);

    highest = 0;
    const killedAt = Date.now();
    await killApi(instances[0]!, 'SIGKILL');
    // Committed while a's clients are away: they must catch up on it.
    await ask('Selama instans A hilang');
    await until(() => known.every((k) => committed.every((id) => k.has(id))), 30_000);
    expect(reconnectedAt.length).toBeGreaterThan(0);
    await ask('Setelah semua kembali');
    await until(() => known.every((k) => committed.every((id) => k.has(id))), 10_000);

    // a's last report stops counting after the TTL; b then counts everyone (so everyone is on b) and announces it.
    const deadline = killedAt + ((PRESENCE_TTL_SECONDS * 4) / 3) * 1000 + 30_000;
    while (Date.now() < killedAt + PRESENCE_TTL_SECONDS * 1000 || (await count()) !== CLIENTS || lastCount !== CLIENTS) {
      if (Date.now() > deadline) throw new Error(`the count stayed at ${await count()} (announced ${lastCount})`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const correctedMs = Date.now() - killedAt;
    // Everyone who was on a came back at the first retry (graphql-ws waits 1.3-4.3 s before it), none
    // needed a second; the wall-clock bound is loose because the survivor acknowledges 100 sockets
    // at once on a shared 2-core machine.
    expect(Math.max(...attempts)).toBe(1);
    expect(attempts.filter((n) => n > 0).length).toBe(reconnectedAt.length);
    expect(Math.max(...reconnectedAt) - killedAt).toBeLessThan(30_000);
    expect(correctedMs).toBeLessThan(((PRESENCE_TTL_SECONDS * 4) / 3) * 1000 + 30_000);
    // The dead instance's clients were counted twice for a while (its stale report plus b's): what the TTL corrects.
    expect(highest).toBeGreaterThan(CLIENTS);
    await annotate(`${reconnectedAt.length} clients reconnected within ${Math.max(...reconnectedAt) - killedAt} ms; count peaked at ${highest}, back to ${CLIENTS} after ${correctedMs} ms; ${failedReads.length} catch-up reads retried (${[...new Set(failedReads)].join(', ')}) (TTL ${PRESENCE_TTL_SECONDS} s; shared 2-core machine)`);
    expect(instances[1]!.output()).not.toMatch(/"level":(50|60)/);
  }, 90_000);
});
