import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { auditServer } from 'graphql-http';
import type { AuditResult } from 'graphql-http';
import { createTestApp, type TestApp } from '../harness.js';

/**
 * The GraphQL-over-HTTP spec's server audits (graphql-http): no MUST may fail, and no more
 * SHOULD warnings than a plain Apollo Server 5 gives on the same machine. In production two
 * audits query `__type`, which production refuses on purpose (introspection off): those two,
 * and only those, fail there.
 */
let app: TestApp;
let prod: TestApp;
let plain: ApolloServer;
let plainUrl: string;
beforeAll(async () => {
  [app, prod] = await Promise.all([createTestApp(), createTestApp({ nodeEnv: 'production', demoData: false })]);
  plain = new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } });
  plainUrl = (await startStandaloneServer(plain, { listen: { port: 0, host: '127.0.0.1' } })).url;
});
afterAll(() => Promise.all([app?.close(), prod?.close(), plain?.stop()]));

const failures = (results: AuditResult[], status: 'error' | 'warn') => results.filter((r) => r.status === status).map((r) => `${r.id} ${r.name}`);

describe('GraphQL over HTTP', () => {
  it('passes every MUST audit, with no more SHOULD warnings than plain Apollo Server', async () => {
    const ours = await auditServer({ url: `${app.url}/graphql` });
    const theirs = await auditServer({ url: plainUrl });
    expect(failures(ours, 'error'), JSON.stringify(ours.filter((r) => r.status === 'error').map((r) => ('reason' in r ? r.reason : r)))).toEqual([]);
    expect(failures(ours, 'warn').length).toBeLessThanOrEqual(failures(theirs, 'warn').length);
  });

  it('in production fails only the audits that need introspection', async () => {
    const results = await auditServer({ url: `${prod.url}/graphql` });
    expect(failures(results, 'error')).toEqual(['BF61 MUST accept utf-8 encoded request', '28B9 MUST allow map {variables} parameter when accepting application/json']);
  });
});
