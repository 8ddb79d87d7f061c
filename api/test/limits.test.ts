import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from './harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

// 14 levels of nesting through Region -> cohorts is not possible, so nest via framework trees and aliases.
const deep = `{ region(code: "32.11") { latestAssessment { framework { domains { aspects { indicators { aspect { indicators { aspect { indicators { aspect { indicators { aspect { name } } } } } } } } } } } } } }`;

describe('operation limits', () => {
  it('rejects over-deep queries over HTTP', async () => {
    const res = await app.gql(deep);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0].message).toMatch(/depth/i);
    expect(res.data).toBeUndefined();
  });

  it('rejects alias floods over HTTP', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: provinces { code }`).join(' ');
    const res = await app.gql(`{ ${aliases} }`);
    expect(res.errors?.[0].message).toMatch(/alias/i);
  });

  it('applies the same limits to WebSocket operations', async () => {
    const { token } = await app.user(Role.MEMBER, '32.11');
    const client = app.ws(token);
    const res = await client.iterate({ query: deep }).next().catch((e: unknown) => e);
    const errors = Array.isArray(res) ? res : ((res as { value?: { errors?: unknown[] } }).value?.errors ?? res);
    expect(JSON.stringify(errors)).toMatch(/depth/i);
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: provinces { code }`).join(' ');
    const res2 = await client.iterate({ query: `{ ${aliases} }` }).next().catch((e: unknown) => e);
    expect(JSON.stringify(res2)).toMatch(/alias/i);
    const tokens = `{ ${Array.from({ length: 6000 }, () => '__typename').join(' ')} }`;
    const res3 = await client.iterate({ query: tokens }).next().catch((e: unknown) => e);
    expect(JSON.stringify(res3)).toMatch(/token/i);
  });
});

describe('CSRF prevention', () => {
  it('refuses simple (form-like) requests that could come from another site', async () => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ me { id } }' }) });
    expect(res.status).toBe(400);
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(get.status).toBe(400);
  });
});

describe('errors', () => {
  it('never leak stack traces, and unknown failures look generic', async () => {
    const res = await app.gql(`{ region(code: 5) { name } }`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    const syntax = await app.gql(`{ region(`);
    expect(syntax.errors?.[0].extensions?.code).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
    expect(JSON.stringify(syntax)).not.toMatch(/stacktrace/);
  });

  it('keep the server up after malformed bodies', async () => {
    const bad = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(bad.status).toBe(400);
    const body = await bad.text();
    expect(body).not.toMatch(/at .*\.js:\d+/);
    expect(JSON.parse(body).errors[0].extensions.code).toBe('BAD_REQUEST');
    const huge = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'x'.repeat(3_000_000) }) });
    expect(huge.status).toBe(413);
    expect((await app.gql(`{ provinces { code } }`)).status).toBe(200);
  });
});

describe('health', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${app.url}/readyz`)).json()).toEqual({ status: 'ready' });
  });

  it('sets protective headers', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('input validation errors', () => {
  it('name the fields in both languages', async () => {
    const { token } = await app.user(Role.ADMIN);
    const res = await app.gql(`mutation { createCohort(input: { slug: "Bad Slug", name: "X" }) { slug } }`, {}, { token, headers: { cookie: 'rembuk_lang=id' } });
    const err = res.errors![0];
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err.message).toMatch(/^Isian tidak valid \(slug, name\)/);
    expect((err.extensions?.fields as { field: string }[]).map((f) => f.field).sort()).toEqual(['name', 'slug']);
  });

  it('turn text PostgreSQL cannot store into BAD_USER_INPUT, not a server error', async () => {
    const { token } = await app.user(Role.ADMIN);
    const res = await app.gql(`mutation($n: String!) { createCohort(input: { slug: "nul-test", name: $n }) { slug } }`, { n: 'Nama\u0000Kohort' }, { token });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.gql(`{ cohort(slug: "nul-test") { slug } }`)).data).toEqual({ cohort: null });
  });
});
