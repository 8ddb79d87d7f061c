import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { createTestApp, Role, type TestApp } from './harness.js';
import { RedisRateLimiter } from '../src/core/rate-limit.js';

// Runs where a Redis server is configured (CI sets REDIS_URL); the in-process bus is covered everywhere else.
const redisUrl = process.env.REDIS_URL;

describe.runIf(redisUrl)('with REDIS_URL', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    // Two API instances on one database: a meeting served by several processes.
    a = await createTestApp({ redisUrl });
    b = await createTestApp({ redisUrl });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
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
    a.services.pubsub.publish('ASSESSMENT_RECORDED', '32.11', { assessmentId: Number(rec.data!.recordAssessment.id), regionCode: '32.11' });
    const second = await events.next();
    expect(second.value?.data?.assessmentRecorded.year).toBe(2030);
    await events.return?.();
  });

  it('shares rate-limit counters between instances', async () => {
    const redis = new Redis(redisUrl!);
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
});
