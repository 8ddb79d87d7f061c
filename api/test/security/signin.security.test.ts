import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, TEST_PASSWORD, type TestApp } from '../harness.js';
import { proxyWarning } from '../../src/core/http/client-address.js';
import type { Logger } from '../../src/core/logger.js';
import { liveSession } from '../live-helpers.js';
import { overSocket } from './ws-errors.js';

/**
 * Sign-in throttling that stops a guesser without locking out the owner, and one notion of the
 * client's address on HTTP and WebSocket. Addresses come from X-Forwarded-For (TRUST_PROXY on).
 */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ trustProxy: true });
});
afterAll(() => app?.close());

const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { user { id } } }`;
let addressSeq = 0;
const newAddress = () => `203.0.113.${++addressSeq}`;
const signIn = (email: string, password: string, address: string) => app.gql(SIGN_IN, { e: email, p: password }, { headers: { 'x-forwarded-for': address } });
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code ?? 'OK';

describe('wrong passwords', () => {
  it("slow the guesser's address down and leave the owner, elsewhere, free to sign in", async () => {
    const { user } = await app.user(Role.MEMBER, '32.11');
    const attacker = newAddress();
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push(code(await signIn(user.email, 'wrong-password!', attacker)));
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
    const wait = await signIn(user.email, TEST_PASSWORD, attacker);
    expect(code(wait)).toBe('RATE_LIMITED');
    expect(wait.errors?.[0]?.extensions?.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(code(await signIn(user.email, TEST_PASSWORD, newAddress()))).toBe('OK');
  });

  it('count only failures: the owner signing in again and again is never throttled', async () => {
    const { user } = await app.user(Role.MEMBER, '32.11');
    const office = newAddress();
    for (let i = 0; i < 12; i++) expect(code(await signIn(user.email, TEST_PASSWORD, office))).toBe('OK');
    // And a success clears the account's failures from that address.
    for (let i = 0; i < 4; i++) await signIn(user.email, 'wrong-password!', office);
    expect(code(await signIn(user.email, TEST_PASSWORD, office))).toBe('OK');
    for (let i = 0; i < 4; i++) expect(code(await signIn(user.email, 'wrong-password!', office))).toBe('UNAUTHENTICATED');
  });

  it('over many accounts from one address hit its ceiling; other addresses are not affected', async () => {
    const sprayer = newAddress();
    const codes = [];
    // 100 wrong passwords over 25 accounts (4 each, under the per-account step), then one more.
    for (let i = 0; i < 101; i++) codes.push(code(await signIn(`tebakan${i % 25}@contoh.go.id`, 'wrong-password!', sprayer)));
    expect(codes.slice(0, 100).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[100]).toBe('RATE_LIMITED');
    const { user } = await app.user(Role.MEMBER, '32.11');
    expect(code(await signIn(user.email, TEST_PASSWORD, sprayer))).toBe('RATE_LIMITED');
    expect(code(await signIn(user.email, TEST_PASSWORD, newAddress()))).toBe('OK');
  });
});

describe("the client's address", () => {
  it('is the same on WebSocket as on HTTP (behind a trusted proxy, the forwarded one)', async () => {
    const f = (await app.user(Role.FACILITATOR)).token;
    const s = await liveSession(app, f);
    const guesser = newAddress();
    const lookup = `query($c: String!) { liveSession(code: $c) { id } }`;
    for (let i = 0; i < 20; i++) await app.gql(lookup, { c: `QQQQ${String(i).padStart(4, '0')}` }, { token: f, headers: { 'x-forwarded-for': guesser } });
    const refused = await overSocket(app.ws(f, { 'x-forwarded-for': guesser }), lookup, { c: s.code });
    expect(refused.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const elsewhere = await overSocket(app.ws(f, { 'x-forwarded-for': newAddress() }), lookup, { c: s.code });
    expect(elsewhere.data).toEqual({ liveSession: { id: s.id } });
  });

  it('is announced once when a proxy seems to be in front but TRUST_PROXY is off', () => {
    const said: string[] = [];
    const logger = { warn: (m: string) => said.push(m) } as unknown as Logger;
    const warn = proxyWarning(logger, false);
    warn({ headers: {} });
    expect(said).toEqual([]);
    warn({ headers: { 'x-forwarded-for': '10.0.0.1' } });
    warn({ headers: { 'x-forwarded-for': '10.0.0.2' } });
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/TRUST_PROXY/);
    const trusted: string[] = [];
    proxyWarning({ warn: (m: string) => trusted.push(m) } as unknown as Logger, true)({ headers: { 'x-forwarded-for': '10.0.0.1' } });
    expect(trusted).toEqual([]);
  });
});
