import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../harness.js';
import { overSocket } from './ws-errors.js';

/**
 * The same operation rules on HTTP and WebSocket, in production: no introspection, no field
 * suggestions, aliases counted (including `__typename`), client mistakes answered as client
 * errors with the same codes on both transports.
 */
let prod: TestApp;
let dev: TestApp;
let token: string;
beforeAll(async () => {
  [prod, dev] = await Promise.all([createTestApp({ nodeEnv: 'production', demoData: false }), createTestApp()]);
  token = (await prod.user(Role.MEMBER, '32.11')).token;
});
afterAll(() => Promise.all([prod?.close(), dev?.close()]));

const INTROSPECTION = '{ __schema { types { name } } }';
const typenameFlood = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;

describe('introspection', () => {
  it('is refused in production on HTTP and WebSocket alike', async () => {
    const http = await prod.gql(INTROSPECTION, {}, { token });
    expect(http.status).toBe(400);
    expect(http.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const ws = await overSocket(prod.ws(token), INTROSPECTION);
    expect(ws.data).toBeUndefined();
    expect(ws.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(ws)).not.toMatch(/Mutation|LiveSession/);
  });

  it('stays available in development on both', async () => {
    const { token: devToken } = await dev.user(Role.MEMBER, '32.11');
    expect((await dev.gql('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await overSocket(dev.ws(devToken), '{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('field suggestions', () => {
  it('are hidden in production on both transports', async () => {
    const http = await prod.gql('{ meee { id } }', {}, { token });
    expect(http).toMatchObject({ errors: [{ message: 'Cannot query field "meee" on type "Query".' }] });
    const ws = await overSocket(prod.ws(token), '{ meee { id } }');
    expect(ws.errors?.[0].message).toBe('Cannot query field "meee" on type "Query".');
    expect(ws.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('help developers outside production', async () => {
    expect((await dev.gql('{ meee { id } }')).errors?.[0].message).toMatch(/Did you mean "me"\?/);
  });
});

describe('aliases', () => {
  it('count __typename too, on both transports', async () => {
    const http = await prod.gql(typenameFlood, {}, { token });
    expect(http.status).toBe(400);
    expect(http.errors?.[0].message).toMatch(/Aliases limit of 20 exceeded/);
    const ws = await overSocket(prod.ws(token), typenameFlood);
    expect(ws.errors?.[0].message).toMatch(/Aliases limit of 20 exceeded/);
    // Twenty are still fine.
    const twenty = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect((await prod.gql(twenty, {}, { token })).data).toMatchObject({ a0: 'Query', a19: 'Query' });
  });
});

describe('client mistakes are client errors', () => {
  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED, on both transports', async () => {
    const http = await prod.gql('{ me { id ', {}, { token });
    expect(http.status).toBe(400);
    expect(http.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const ws = await overSocket(prod.ws(token), '{ me { id ');
    expect(ws.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers a document over the token limit with 400 GRAPHQL_PARSE_FAILED, on both transports', async () => {
    const tokens = `{ ${Array.from({ length: 6000 }, () => '__typename').join(' ')} }`;
    const http = await prod.gql(tokens, {}, { token });
    expect(http.status).toBe(400);
    expect(http.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(http.errors?.[0].message).toMatch(/more that 5000 tokens/);
    const ws = await overSocket(prod.ws(token), tokens);
    expect(ws.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers a NUL byte in a variable with 400 BAD_USER_INPUT in the user language, on both transports', async () => {
    const query = 'query($q: String!) { region(code: $q) { name } }';
    const http = await prod.gql(query, { q: 'a\u0000b' }, { token, headers: { cookie: 'rembuk_lang=id' } });
    expect(http.status).toBe(400);
    expect(http.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(http.errors?.[0].extensions).not.toHaveProperty('http');
    const ws = await overSocket(prod.ws(token), query, { q: 'a\u0000b' });
    expect(ws.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(ws.errors?.[0].extensions).not.toHaveProperty('http');
  });

  it('keeps serving afterwards', async () => {
    expect((await prod.gql('{ provinces { code } }')).status).toBe(200);
  });
});
