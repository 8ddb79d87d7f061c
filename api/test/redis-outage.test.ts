import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { createTestApp, Role, TEST_PASSWORD, type TestApp } from './harness.js';
import { startRedis } from './redis-server.js';
import { ask, liveSession } from './live-helpers.js';
import { until } from './ws-helpers.js';
import { newThread } from './forum-helpers.js';
import { redisOptions } from '../src/core/redis-health.js';

type Evt = { liveSessionEvents: { kind: string; question: { text: string } | null; participantCount: number | null } };
type Iter = AsyncIterableIterator<{ data?: Evt | null; errors?: unknown }>;
const EVENTS = `subscription($s: ID!) { liveSessionEvents(sessionId: $s) { kind question { text } participantCount } }`;
const PRESENCE = `mutation($t: ID!) { updatePresence(threadId: $t) }`;
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { id } } }`;

/** Waits for the first event that matches, or fails after `ms`. */
async function arrives(stream: Iter, what: string, match: (e: Evt['liveSessionEvents']) => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const res = await Promise.race([stream.next(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
    if (!res || res.done) break;
    if (res.value.errors) throw new Error(JSON.stringify(res.value.errors));
    if (res.value.data && match(res.value.data.liveSessionEvents)) return;
  }
  throw new Error(`${what} was not delivered within ${ms} ms`);
}

const questionArrives = (stream: Iter, text: string) => arrives(stream, `question "${text}"`, (e) => e.question?.text === text);

/** Subscribing on Redis takes a round trip after the stream opens: wait until it has. */
async function subscribedOnRedis(probe: Redis): Promise<void> {
  const deadline = Date.now() + 5000;
  while (((await probe.pubsub('CHANNELS')) as string[]).length === 0) {
    if (Date.now() > deadline) throw new Error('no Redis subscription within 5 s');
    await new Promise((r) => setTimeout(r, 20));
  }
}

// A private redis-server, because this test kills it (the shared one of REDIS_URL must stay up).
describe('while Redis is down', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let client: Redis;
  let probe: Redis;
  let app: TestApp;
  const logs: { level: number; msg: string }[] = [];
  const outageLogs = () => logs.filter((l) => /^Redis is (unreachable|back)/.test(l.msg)).map((l) => [l.level, l.msg.split(':')[0]]);

  beforeAll(async () => {
    redis = await startRedis();
    const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line) as { level: number; msg: string }) });
    client = new Redis(redis.url, { ...redisOptions, lazyConnect: true });
    await client.connect();
    probe = new Redis(redis.url, { ...redisOptions, lazyConnect: true });
    probe.on('error', () => {});
    await probe.connect();
    app = await createTestApp({ redisUrl: redis.url }, { logger, redis: client });
  });
  afterAll(async () => {
    await app?.close();
    client?.disconnect();
    probe?.disconnect();
    await redis?.stop();
  });

  it('signs in and delivers its own live events, logs the outage once, and shares again once Redis is back', async () => {
    const member = await app.user(Role.MEMBER);
    const f = await app.user(Role.FACILITATOR);
    const signIn = () => app.gql<{ signIn: { user: { id: string } } }>(SIGN_IN, { e: member.user.email, p: TEST_PASSWORD });
    const sharedKeys = async () => (await probe.keys('rembuk:rl:*')).length;
    const s = await liveSession(app, f.token);
    const thread = await newThread(app, member.token);
    const stream = app.ws(member.token).iterate<Evt>({ query: EVENTS, variables: { s: s.id } }) as Iter;
    await subscribedOnRedis(probe);
    await ask(app, f.token, s.id, 'Sebelum Redis mati?');
    await questionArrives(stream, 'Sebelum Redis mati?');
    expect((await signIn()).errors).toBeUndefined();
    expect(await sharedKeys()).toBeGreaterThan(0);
    await probe.flushall();

    await redis.stop();
    await until(() => outageLogs().length === 1, 5000);
    const down = await signIn();
    expect(down.errors).toBeUndefined();
    expect(down.data?.signIn.user.id).toBe(String(member.user.id));
    // The limits still hold, counted here: the sixth wrong password in a minute is refused.
    const codes: unknown[] = [];
    for (let i = 0; i < 6; i++) codes.push((await app.gql(SIGN_IN, { e: member.user.email, p: 'bukan-kata-sandinya' })).errors?.[0]?.extensions?.code);
    expect(codes.slice(0, 5)).not.toContain('RATE_LIMITED');
    expect(codes[5]).toBe('RATE_LIMITED');
    await ask(app, f.token, s.id, 'Selama Redis mati?');
    await questionArrives(stream, 'Selama Redis mati?');
    // Someone joins meanwhile: counted by this instance (whose participants are all there are here).
    const second = app.ws(f.token).iterate<Evt>({ query: EVENTS, variables: { s: s.id } }) as Iter;
    await arrives(stream, 'a participant count of 2', (e) => e.kind === 'PRESENCE' && e.participantCount === 2);
    // Who is reading a thread is kept only in Redis: it cannot be answered, but clearly, with a retry hint.
    const presence = await app.gql(PRESENCE, { t: thread.id }, { token: member.token });
    expect(presence.status).toBe(503);
    expect(presence.headers.get('retry-after')).toBe('5');
    expect(presence.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 });
    // Reconnection attempts go on meanwhile; none of them is logged again.
    await new Promise((r) => setTimeout(r, 1500));
    expect(outageLogs()).toEqual([[40, 'Redis is unreachable']]);

    redis = await startRedis(redis.port);
    await until(() => outageLogs().length === 2, 10_000);
    expect(outageLogs()).toEqual([
      [40, 'Redis is unreachable'],
      [30, 'Redis is back'],
    ]);
    await until(() => probe.status === 'ready', 5000);
    expect(await sharedKeys()).toBe(0);
    // Counted in Redis again (empty after the restart), not in the full local window.
    expect((await signIn()).errors).toBeUndefined();
    expect(await sharedKeys()).toBeGreaterThan(0);
    // Through Redis again: the stream's topic was subscribed anew on reconnection.
    await subscribedOnRedis(probe);
    await ask(app, f.token, s.id, 'Setelah Redis kembali?');
    await questionArrives(stream, 'Setelah Redis kembali?');
    await stream.return?.();
    await second.return?.();
  }, 60_000);

  it('stops promptly while Redis is down', async () => {
    const own = await startRedis();
    const ownClient = new Redis(own.url, { ...redisOptions, lazyConnect: true });
    await ownClient.connect();
    const other = await createTestApp({ redisUrl: own.url }, { redis: ownClient });
    // A meeting in progress: a subscriber counted online in Redis, its stream open.
    const f = await other.user(Role.FACILITATOR);
    const s = await liveSession(other, f.token);
    const stream = other.ws(f.token).iterate<Evt>({ query: EVENTS, variables: { s: s.id } }) as Iter;
    const ownProbe = new Redis(own.url);
    await subscribedOnRedis(ownProbe);
    ownProbe.disconnect();
    await ask(other, f.token, s.id, 'Sampai jumpa?');
    await questionArrives(stream, 'Sampai jumpa?');
    await own.stop();
    await until(() => ownClient.status !== 'ready', 5000);
    const started = Date.now();
    await other.close();
    ownClient.disconnect();
    expect(Date.now() - started).toBeLessThan(5000);
  }, 30_000);
});
