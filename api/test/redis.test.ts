import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { createTestApp, Role, type TestApp } from './harness.js';
import { startRedis } from './redis-server.js';
import { RedisRateLimiter } from '../src/core/rate-limit.js';
import { createEventBus } from '../src/core/events/bus.js';
import { createLogger } from '../src/core/logger.js';
import { LiveCoalescer } from '../src/modules/meeting/live/live-events.js';
import { RedisOnlineCounts } from '../src/modules/meeting/live/live-online.js';

// On REDIS_URL's server when set (CI), else on a private redis-server this file starts.
let redisUrl: string;
let privateRedis: Awaited<ReturnType<typeof startRedis>> | undefined;

describe('with Redis', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    redisUrl = process.env.REDIS_URL ?? (privateRedis = await startRedis()).url;
    // Two API instances sharing one Redis: a meeting served by several processes.
    a = await createTestApp({ redisUrl });
    b = await createTestApp({ redisUrl });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await privateRedis?.stop();
  });

  it('delivers an event published by one instance to subscribers of another', async () => {
    const viewer = await b.user(Role.MEMBER, '32.11');
    const client = b.ws(viewer.token);
    const events = client.iterate<{ assessmentRecorded: { year: number } }>({ query: `subscription { assessmentRecorded(regionCode: "32.11") { year } }` });
    await new Promise((r) => setTimeout(r, 200));
    // Instance a has its own database here, so publish directly on its bus with an id b can load.
    const f = await b.user(Role.FACILITATOR);
    const levels = Array.from({ length: 47 }, (_, i) => ({ indicator: i + 1, level: 2 }));
    const rec = await b.gql<{ recordAssessment: { id: string } }>(`mutation($i: RecordAssessmentInput!) { recordAssessment(input: $i) { id } }`, { i: { regionCode: '32.11', year: 2030, levels } }, { token: f.token });
    const first = await events.next();
    expect(first.value?.data?.assessmentRecorded.year).toBe(2030);
    a.services.pubsub.publish('ASSESSMENT_RECORDED', '32.11', { assessmentId: Number(rec.data!.recordAssessment.id), regionCode: '32.11', complete: true });
    const second = await events.next();
    expect(second.value?.data?.assessmentRecorded.year).toBe(2030);
    await events.return?.();
  });

  it('shares rate-limit counters between instances', async () => {
    const redis = new Redis(redisUrl);
    const rule = { name: `test:${process.pid}:${Date.now()}`, limit: 3, windowSeconds: 60 };
    const one = new RedisRateLimiter(redis);
    const two = new RedisRateLimiter(redis);
    const waits = [await one.hit(rule, 'k'), await two.hit(rule, 'k'), await one.hit(rule, 'k'), await two.hit(rule, 'k')];
    expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
    expect(waits[3]).toBeGreaterThan(0);
    await one.reset(rule, 'k');
    expect(await two.hit(rule, 'k')).toBe(0);
    redis.disconnect();
  });

  it('counts participants online across instances, and forgets an instance that stopped reporting', async () => {
    const redis = new Redis(redisUrl);
    const bus = createEventBus();
    const sessionId = 900_000 + (process.pid % 1000);
    const prefix = `test:online:${process.pid}:${Date.now()}:`;
    const logger = createLogger('silent');
    const one = new LiveCoalescer(a.orm.em, bus.pubsub, logger, new RedisOnlineCounts(redis, 'one', prefix));
    const two = new LiveCoalescer(a.orm.em, bus.pubsub, logger, new RedisOnlineCounts(redis, 'two', prefix));
    const seen: number[] = [];
    const stream = bus.pubsub.subscribe('LIVE_EVENT', String(sessionId));
    const reading = (async () => {
      for await (const e of stream) if (e.participantCount !== undefined && e.participantCount !== null) seen.push(e.participantCount);
    })();
    one.join(sessionId);
    one.join(sessionId);
    two.join(sessionId);
    two.join(sessionId);
    two.join(sessionId);
    await one.flush();
    await two.flush();
    expect(await one.onlineCount(sessionId)).toBe(5);
    expect(await two.onlineCount(sessionId)).toBe(5);
    two.leave(sessionId);
    await two.flush();
    expect(await one.onlineCount(sessionId)).toBe(4);
    // An instance whose report is older than the TTL (it crashed) no longer counts.
    await redis.hset(`${prefix}${sessionId}`, 'gone', `7:${Date.now() - 120_000}`);
    expect(await one.onlineCount(sessionId)).toBe(4);
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toContain(5);
    expect(seen.at(-1)).toBe(4);
    one.stop();
    two.stop();
    await stream.return?.();
    await reading;
    redis.disconnect();
  });
});
