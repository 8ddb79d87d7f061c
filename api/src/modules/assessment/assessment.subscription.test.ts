import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../test/harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const RECORD = `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }`;
const SUB = `subscription($r: String!) { assessmentRecorded(regionCode: $r) { year index region { code } } }`;

function nextEvent<T>(client: ReturnType<TestApp['ws']>, query: string, variables: Record<string, unknown>) {
  const it = client.iterate<T>({ query, variables });
  return { it, next: () => it.next() };
}

describe('assessmentRecorded', () => {
  it('delivers a committed assessment over a real WebSocket, only for the region subscribed to', async () => {
    const f = await app.user(Role.FACILITATOR);
    const viewer = await app.user(Role.MEMBER, '32.11');
    const client = app.ws(viewer.token);
    const sub = nextEvent<{ assessmentRecorded: { year: number; index: number; region: { code: string } } }>(client, SUB, { r: '32.11' });
    // Give the subscription time to register before publishing.
    await new Promise((r) => setTimeout(r, 150));
    const levels = Array.from({ length: 47 }, (_, i) => ({ indicator: i + 1, level: 3 }));
    await app.gql(RECORD, { input: { regionCode: '14.08', year: 2024, levels } }, { token: f.token });
    await app.gql(RECORD, { input: { regionCode: '32.11', year: 2024, levels } }, { token: f.token });
    const event = await sub.next();
    expect(event.value?.data?.assessmentRecorded).toEqual({ year: 2024, index: 3, region: { code: '32.11' } });
    await sub.it.return?.();
  });

  it('refuses a WebSocket without a session', async () => {
    const client = app.ws();
    const result = await client.iterate({ query: SUB, variables: { r: '32.11' } }).next().catch((e: unknown) => e);
    expect((result as { code?: number }).code).toBe(4403);
  });

  it('refuses a WebSocket opened from another site even with a valid cookie', async () => {
    const viewer = await app.user(Role.MEMBER, '32.11');
    const client = app.ws(undefined, { cookie: `rembuk_session=${viewer.token}`, origin: 'https://evil.example' });
    const result = await client.iterate({ query: SUB, variables: { r: '32.11' } }).next().catch((e: unknown) => e);
    expect((result as { code?: number }).code).toBe(4403);
  });

  it('accepts the session cookie from the same origin', async () => {
    const viewer = await app.user(Role.MEMBER, '32.11');
    const client = app.ws(undefined, { cookie: `rembuk_session=${viewer.token}`, origin: app.url });
    const res = await client.iterate<{ me: { role: string } }>({ query: `{ me { role } }` }).next();
    expect(res.value?.data?.me.role).toBe('MEMBER');
  });

  it('re-checks the session on every operation', async () => {
    const viewer = await app.user(Role.MEMBER, '32.11');
    const client = app.ws(viewer.token);
    const ok = await client.iterate<{ me: { role: string } }>({ query: `{ me { role } }` }).next();
    expect(ok.value?.data?.me.role).toBe('MEMBER');
    await app.gql(`mutation { signOut }`, {}, { token: viewer.token });
    const after = await client.iterate({ query: `{ me { role } }` }).next().catch((e: unknown) => e);
    const errors = (after as { value?: { errors?: { extensions?: { code?: string } }[] } }).value?.errors;
    const closed = (after as { code?: number }).code;
    expect(errors?.[0]?.extensions?.code === 'UNAUTHENTICATED' || closed === 4401).toBe(true);
  });
});
