import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, TEST_PASSWORD, type TestApp } from '../../../../test/harness.js';
import { User } from './user.entity.js';
import { Session } from './session.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token user { id name role email } } }`;

describe('signIn', () => {
  it('sets an httpOnly SameSite session cookie and returns a bearer token', async () => {
    const { user } = await app.user(Role.MEMBER, '32.11');
    const res = await app.gql<{ signIn: { token: string; user: { email: string } } }>(SIGN_IN, { e: user.email.toUpperCase(), p: TEST_PASSWORD });
    expect(res.errors).toBeUndefined();
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^rembuk_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(res.data?.signIn.user.email).toBe(user.email);

    const sessionCookie = cookie.split(';')[0];
    const viaCookie = await app.gql<{ me: { id: string } }>(`{ me { id } }`, {}, { headers: { cookie: sessionCookie } });
    expect(viaCookie.data?.me.id).toBe(String(user.id));
    const viaBearer = await app.gql<{ me: { id: string } }>(`{ me { id } }`, {}, { token: res.data!.signIn.token });
    expect(viaBearer.data?.me.id).toBe(String(user.id));
  });

  it('stores only a hash of the token and an argon2id password hash', async () => {
    const { user, token } = await app.user(Role.MEMBER, '32.11');
    const em = app.orm.em.fork();
    const sessions = await em.find(Session, { user: user.id });
    expect(sessions.map((s) => s.tokenHash)).not.toContain(token);
    const stored = await em.findOneOrFail(User, user.id, { populate: ['passwordHash'] });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('rejects a wrong password and an unknown e-mail alike', async () => {
    const { user } = await app.user(Role.MEMBER, '32.11');
    const wrong = await app.gql(SIGN_IN, { e: user.email, p: 'not-the-password' });
    const unknown = await app.gql(SIGN_IN, { e: 'nobody@example.org', p: 'whatever-pass' });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('answers in the language the user chose', async () => {
    const res = await app.gql(SIGN_IN, { e: 'nobody@example.org', p: 'whatever-pass' }, { headers: { cookie: 'rembuk_lang=id' } });
    expect(res.errors?.[0].message).toBe('E-mail atau kata sandi salah');
    const en = await app.gql(SIGN_IN, { e: 'nobody@example.org', p: 'whatever-pass' }, { headers: { 'accept-language': 'en-GB' } });
    expect(en.errors?.[0].message).toBe('Wrong e-mail or password');
  });

  it('slows down wrong passwords for an account from one address (see signin.security.test.ts for the rest)', async () => {
    const { user } = await app.user(Role.MEMBER, '32.11');
    const codes: string[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await app.gql(SIGN_IN, { e: user.email, p: 'wrong-password!' });
      codes.push(String(r.errors?.[0].extensions?.code));
    }
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), 'RATE_LIMITED', 'RATE_LIMITED']);
    // From this address, even the right password waits until the window passes.
    const right = await app.gql(SIGN_IN, { e: user.email, p: TEST_PASSWORD });
    expect(right.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(right.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe('signOut', () => {
  it('revokes the session so the token stops working', async () => {
    const { token } = await app.user(Role.MEMBER, '32.11');
    const out = await app.gql(`mutation { signOut }`, {}, { token });
    expect(out.data).toEqual({ signOut: true });
    expect(out.headers.get('set-cookie')).toMatch(/rembuk_session=;.*Max-Age=0/i);
    const me = await app.gql(`{ me { id } }`, {}, { token });
    expect(me.data).toEqual({ me: null });
  });
});

describe('me', () => {
  it('is null when signed out and hides other people\'s e-mail', async () => {
    expect((await app.gql(`{ me { id } }`)).data).toEqual({ me: null });
    const { token } = await app.user(Role.MEMBER, '32.11');
    const me = await app.gql<{ me: { email: string; region: { code: string } } }>(`{ me { email region { code } } }`, {}, { token });
    expect(me.data?.me.email).toMatch(/@test\.rembuk\.id$/);
    expect(me.data?.me.region.code).toBe('32.11');
  });
});
