import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import { createTestApp, Role, TEST_PASSWORD, type GqlResult, type TestApp } from '../harness.js';
import { until } from '../ws-helpers.js';
import { overSocket } from './ws-errors.js';

/**
 * Accounts people expect: change one's password, see and end one's sessions, sign out
 * everywhere; an admin deactivates a person or hands them a one-time reset link. Every way a
 * session ends also ends its live streams at once, on HTTP and WebSocket alike.
 */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ trustProxy: true });
});
afterAll(() => app?.close());

const ME = `{ me { id } }`;
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) }`;
const SESSIONS = `{ mySessions { id browser system ip current } }`;
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36';
const WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';

let addressSeq = 0;
const newAddress = () => `198.51.100.${++addressSeq}`;
const code = (r: GqlResult) => r.errors?.[0]?.extensions?.code ?? 'OK';

async function signIn(email: string, password: string, userAgent = ANDROID): Promise<GqlResult<{ signIn: { token: string } }>> {
  return app.gql(SIGN_IN, { e: email, p: password }, { headers: { 'user-agent': userAgent, 'x-forwarded-for': newAddress() } });
}
const tokenOf = async (email: string, password = TEST_PASSWORD, ua?: string) => (await signIn(email, password, ua)).data!.signIn.token;
const signedIn = async (token: string) => Boolean((await app.gql<{ me: { id: string } | null }>(ME, {}, { token })).data?.me);

/** A socket that has answered once (so it is open and authenticated), with the code it closes with. */
async function openSocket(token: string): Promise<{ socket: Client; closed: () => number | undefined }> {
  const socket = app.ws(token);
  let closed: number | undefined;
  socket.on('closed', (e) => (closed = (e as { code: number }).code));
  expect(await overSocket(socket, ME)).toEqual({ data: { me: expect.objectContaining({ id: expect.any(String) }) } });
  return { socket, closed: () => closed };
}

describe('changing one\'s password', () => {
  it('needs the current one, ends every other session (sockets too) and keeps this one', async () => {
    const { user, token: other } = await app.user(Role.MEMBER, '32.11');
    const here = await tokenOf(user.email);
    const stream = await openSocket(other);
    const wrong = await app.gql(CHANGE, { c: 'not-my-password', n: 'kata-sandi-baru-2026' }, { token: here });
    expect(code(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.extensions?.i18n).toEqual({ en: 'The current password is wrong', id: 'Kata sandi saat ini salah' });
    expect(wrong.status).toBeLessThan(500);
    expect(await signedIn(other)).toBe(true);

    expect((await app.gql(CHANGE, { c: TEST_PASSWORD, n: 'kata-sandi-baru-2026' }, { token: here })).data).toEqual({ changePassword: 1 });
    await until(() => stream.closed() === 4401);
    expect(await signedIn(other)).toBe(false);
    expect(await signedIn(here)).toBe(true);
    expect(code(await signIn(user.email, TEST_PASSWORD))).toBe('UNAUTHENTICATED');
    expect(code(await signIn(user.email, 'kata-sandi-baru-2026'))).toBe('OK');
  });

  it('refuses a short or unchanged password, and stops guessing the current one', async () => {
    const { token } = await app.user(Role.MEMBER, '32.11');
    expect(code(await app.gql(CHANGE, { c: TEST_PASSWORD, n: 'pendek' }, { token }))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(CHANGE, { c: TEST_PASSWORD, n: TEST_PASSWORD }, { token }))).toBe('BAD_USER_INPUT');
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push(code(await app.gql(CHANGE, { c: `tebakan-${i}-salah`, n: 'kata-sandi-baru-2026' }, { token })));
    expect(codes).toEqual([...Array(5).fill('BAD_USER_INPUT'), 'RATE_LIMITED']);
    // Even the right one waits now: a guesser holding the session cannot tell.
    expect(code(await app.gql(CHANGE, { c: TEST_PASSWORD, n: 'kata-sandi-baru-2026' }, { token }))).toBe('RATE_LIMITED');
    expect(code(await app.gql(CHANGE, { c: TEST_PASSWORD, n: 'kata-sandi-baru-2026' }))).toBe('UNAUTHENTICATED');
  });
});

describe('one\'s sessions', () => {
  it('are listed with device, address and which one is this; ending one ends it everywhere', async () => {
    const { user } = await app.user(Role.MEMBER, '32.11');
    const phone = await tokenOf(user.email, TEST_PASSWORD, ANDROID);
    const laptop = await tokenOf(user.email, TEST_PASSWORD, WINDOWS);
    const list = await app.gql<{ mySessions: { id: string; browser: string; system: string; ip: string; current: boolean }[] }>(SESSIONS, {}, { token: phone });
    const sessions = list.data!.mySessions;
    expect(sessions).toHaveLength(3);
    expect(sessions.find((s) => s.current)).toEqual(expect.objectContaining({ browser: 'Chrome', system: 'Android', ip: expect.stringMatching(/^198\.51\.100\./) }));
    const other = sessions.find((s) => s.browser === 'Firefox')!;
    expect(other).toEqual(expect.objectContaining({ system: 'Windows', current: false }));

    const stream = await openSocket(laptop);
    const someone = await app.user(Role.MEMBER, '32.11');
    expect(code(await app.gql(`mutation($id: String!) { endSession(id: $id) }`, { id: other.id }, { token: someone.token }))).toBe('NOT_FOUND');
    expect(code(await app.gql(`mutation($id: String!) { endSession(id: $id) }`, { id: 'xyz' }, { token: phone }))).toBe('BAD_USER_INPUT');
    expect((await app.gql(`mutation($id: String!) { endSession(id: $id) }`, { id: other.id }, { token: phone })).data).toEqual({ endSession: true });
    await until(() => stream.closed() === 4401);
    expect(await signedIn(laptop)).toBe(false);
    expect(await signedIn(phone)).toBe(true);
    expect((await app.gql<{ mySessions: unknown[] }>(SESSIONS, {}, { token: phone })).data?.mySessions).toHaveLength(2);
  });

  it('all end with "sign out everywhere", this one included, and the cookie is cleared', async () => {
    const { user, token: first } = await app.user(Role.MEMBER, '32.11');
    const second = await tokenOf(user.email);
    const stream = await openSocket(first);
    const res = await app.gql(`mutation { signOutEverywhere }`, {}, { token: second });
    expect(res.data).toEqual({ signOutEverywhere: 2 });
    expect(res.headers.get('set-cookie')).toMatch(/session=;.*Max-Age=0/i);
    await until(() => stream.closed() === 4401);
    expect(await signedIn(first)).toBe(false);
    expect(await signedIn(second)).toBe(false);
  });

  it('signing out ends this session\'s live streams too', async () => {
    const { token } = await app.user(Role.MEMBER, '32.11');
    const stream = await openSocket(token);
    expect((await app.gql(`mutation { signOut }`, {}, { token })).data).toEqual({ signOut: true });
    await until(() => stream.closed() === 4401);
  });
});

describe('an admin', () => {
  const PEOPLE = `query($q: String) { people(search: $q) { id name email deactivatedAt region { code } } }`;
  const DEACTIVATE = `mutation($id: ID!) { deactivateUser(id: $id) { id deactivatedAt } }`;
  const REACTIVATE = `mutation($id: ID!) { reactivateUser(id: $id) { id deactivatedAt } }`;

  it('lists people with their e-mails in a fixed number of statements; nobody else may', async () => {
    const admin = await app.user(Role.ADMIN);
    const tag = `Pencarian${process.pid}`;
    for (let i = 0; i < 3; i++) await app.user(Role.MEMBER, i ? '32.11' : '32.04', `${tag} ${i}`);
    app.queries.reset();
    const found = await app.gql<{ people: { name: string; email: string; deactivatedAt: null; region: { code: string } }[] }>(PEOPLE, { q: tag.toLowerCase() }, { token: admin.token });
    expect(found.data?.people.map((p) => [p.name, p.region.code, Boolean(p.email)])).toEqual([
      [`${tag} 0`, '32.04', true],
      [`${tag} 1`, '32.11', true],
      [`${tag} 2`, '32.11', true],
    ]);
    // The session, the list, the regions: not one statement per person.
    expect(app.queries.count()).toBeLessThanOrEqual(3);
    const facilitator = await app.user(Role.FACILITATOR);
    expect(code(await app.gql(PEOPLE, {}, { token: facilitator.token }))).toBe('FORBIDDEN');
    expect(code(await app.gql(PEOPLE, {}))).toBe('UNAUTHENTICATED');
    // Wildcards are searched for, not expanded.
    expect((await app.gql<{ people: unknown[] }>(PEOPLE, { q: '%' }, { token: admin.token })).data?.people).toEqual([]);
  });

  it('deactivates a person: sessions and sockets end at once, sign-in says why; reactivating lets them back', async () => {
    const admin = await app.user(Role.ADMIN);
    const { user, token } = await app.user(Role.MEMBER, '32.11');
    const stream = await openSocket(token);
    const facilitator = await app.user(Role.FACILITATOR);
    expect(code(await app.gql(DEACTIVATE, { id: user.id }, { token: facilitator.token }))).toBe('FORBIDDEN');
    expect(code(await app.gql(DEACTIVATE, { id: admin.user.id }, { token: admin.token }))).toBe('BAD_USER_INPUT');
    expect(code(await app.gql(DEACTIVATE, { id: '999999999' }, { token: admin.token }))).toBe('NOT_FOUND');

    const done = await app.gql<{ deactivateUser: { deactivatedAt: string | null } }>(DEACTIVATE, { id: user.id }, { token: admin.token });
    expect(done.data?.deactivateUser.deactivatedAt).toBeTruthy();
    await until(() => stream.closed() === 4401);
    expect(await signedIn(token)).toBe(false);
    const refused = await signIn(user.email, TEST_PASSWORD);
    expect(code(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.extensions?.i18n).toEqual(expect.objectContaining({ id: 'Akun ini telah dinonaktifkan; hubungi administrator' }));
    // A wrong password learns nothing about the account.
    expect(code(await signIn(user.email, 'bukan-kata-sandinya'))).toBe('UNAUTHENTICATED');

    expect((await app.gql(REACTIVATE, { id: user.id }, { token: admin.token })).data).toEqual({ reactivateUser: { id: String(user.id), deactivatedAt: null } });
    expect(await signedIn(token)).toBe(false);
    expect(code(await signIn(user.email, TEST_PASSWORD))).toBe('OK');
  });
});

describe('a reset link', () => {
  const ISSUE = `mutation($u: ID!) { issuePasswordReset(userId: $u) { token path expiresAt user { id } } }`;
  const PREVIEW = `query($t: String!) { passwordReset(token: $t) { name username issuedBy } }`;
  const RESET = `mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, newPassword: $p }) { token user { id } } }`;
  const issue = async (admin: string, userId: number) => (await app.gql<{ issuePasswordReset: { token: string; path: string } }>(ISSUE, { u: userId }, { token: admin })).data!.issuePasswordReset;
  const at = () => ({ headers: { 'x-forwarded-for': newAddress() } });

  it('works once: the new password signs in, every old session ends, the old password stops working', async () => {
    const admin = await app.user(Role.ADMIN, undefined, 'Admin Kemendagri');
    const { user, token: old } = await app.user(Role.MEMBER, '32.11', 'Siti Lupa');
    const stream = await openSocket(old);
    const link = await issue(admin.token, user.id);
    expect(link.path).toBe(`/reset/${link.token}`);
    expect((await app.gql(PREVIEW, { t: link.token }, at())).data).toEqual({ passwordReset: { name: 'Siti Lupa', username: user.username, issuedBy: 'Admin Kemendagri' } });

    const reset = await app.gql<{ resetPassword: { token: string; user: { id: string } } }>(RESET, { t: link.token, p: 'sandi-baru-dari-tautan' }, at());
    expect(reset.data?.resetPassword.user.id).toBe(String(user.id));
    expect(reset.headers.get('set-cookie')).toMatch(/session=[^;]+/);
    await until(() => stream.closed() === 4401);
    expect(await signedIn(old)).toBe(false);
    expect(await signedIn(reset.data!.resetPassword.token)).toBe(true);
    expect(code(await signIn(user.email, TEST_PASSWORD))).toBe('UNAUTHENTICATED');
    expect(code(await signIn(user.email, 'sandi-baru-dari-tautan'))).toBe('OK');

    expect(code(await app.gql(RESET, { t: link.token, p: 'sandi-lain-lagi-2026' }, at()))).toBe('NOT_FOUND');
    expect(code(await app.gql(PREVIEW, { t: link.token }, at()))).toBe('NOT_FOUND');
  });

  it('is issued by admins only, and a newer link ends the older one', async () => {
    const admin = await app.user(Role.ADMIN);
    const { user } = await app.user(Role.MEMBER, '32.11');
    const regionAdmin = await app.user(Role.REGION_ADMIN, '32.11');
    expect(code(await app.gql(ISSUE, { u: user.id }, { token: regionAdmin.token }))).toBe('FORBIDDEN');
    const first = await issue(admin.token, user.id);
    const second = await issue(admin.token, user.id);
    expect(code(await app.gql(RESET, { t: first.token, p: 'sandi-baru-dari-tautan' }, at()))).toBe('NOT_FOUND');
    expect(code(await app.gql(RESET, { t: second.token, p: 'sandi-baru-dari-tautan' }, at()))).toBe('OK');
  });

  it('dies with a deactivation, and does not come back with the reactivation', async () => {
    const admin = await app.user(Role.ADMIN);
    const { user } = await app.user(Role.MEMBER, '32.11');
    const link = await issue(admin.token, user.id);
    await app.gql(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: user.id }, { token: admin.token });
    await app.gql(`mutation($id: ID!) { reactivateUser(id: $id) { id } }`, { id: user.id }, { token: admin.token });
    expect(code(await app.gql(RESET, { t: link.token, p: 'sandi-baru-dari-tautan' }, at()))).toBe('NOT_FOUND');
  });

  it('cannot be guessed: misses are limited per address, while using a real link is not', async () => {
    const admin = await app.user(Role.ADMIN);
    const { user } = await app.user(Role.MEMBER, '32.11');
    const hall = { headers: { 'x-forwarded-for': newAddress() } };
    // A hall of people opening their own links, each more than once, is never slowed down.
    for (let i = 0; i < 12; i++) {
      const link = await issue(admin.token, user.id);
      for (let j = 0; j < 2; j++) expect(code(await app.gql(PREVIEW, { t: link.token }, hall))).toBe('OK');
    }
    const address = { headers: { 'x-forwarded-for': newAddress() } };
    const codes = [];
    for (let i = 0; i < 21; i++) codes.push(code(await app.gql(PREVIEW, { t: `tebakan-token-yang-salah-${i}` }, address)));
    expect(codes.slice(0, 20).every((c) => c === 'NOT_FOUND')).toBe(true);
    expect(codes[20]).toBe('RATE_LIMITED');
    expect(code(await app.gql(RESET, { t: 'tebakan-token-yang-salah-x', p: 'sandi-baru-dari-tautan' }, address))).toBe('RATE_LIMITED');
  });
});
