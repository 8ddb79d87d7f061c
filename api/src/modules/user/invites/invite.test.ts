import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { Invite } from './invite.entity.js';
import { User } from '../accounts/user.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const CREATE = `mutation($input: CreateInviteInput!) { createInvite(input: $input) { token path invite { id role region { code } expiresAt } } }`;
const ACCEPT = `mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { token user { name role username region { code } } } }`;

async function invite(token: string, input: Record<string, unknown>) {
  return app.gql<{ createInvite: { token: string; path: string } }>(CREATE, { input }, { token });
}

describe('createInvite authorization', () => {
  it('refuses signed-out users and members', async () => {
    expect((await app.gql(CREATE, { input: { role: 'MEMBER', regionCode: '32.11' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const member = await app.user(Role.MEMBER, '32.11');
    expect((await invite(member.token, { role: 'MEMBER', regionCode: '32.11' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets a region admin invite only for its own region and only region roles', async () => {
    const ra = await app.user(Role.REGION_ADMIN, '32.11');
    expect((await invite(ra.token, { role: 'MEMBER', regionCode: '32.11' })).data?.createInvite.path).toMatch(/^\/invite\//);
    expect((await invite(ra.token, { role: 'MEMBER', regionCode: '14.08' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await invite(ra.token, { role: 'FACILITATOR', organisation: 'Kemenkeu' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets a facilitator invite region roles anywhere but not admins', async () => {
    const f = await app.user(Role.FACILITATOR);
    expect((await invite(f.token, { role: 'REGION_ADMIN', regionCode: '14.08' })).errors).toBeUndefined();
    expect((await invite(f.token, { role: 'ADMIN', organisation: 'Kemendagri' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('validates the target', async () => {
    const admin = await app.user(Role.ADMIN);
    const before = await app.orm.em.fork().count(Invite);
    expect((await invite(admin.token, { role: 'MEMBER' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await invite(admin.token, { role: 'MEMBER', regionCode: '99.99' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await invite(admin.token, { role: 'MEMBER', regionCode: 'Sumedang' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await invite(admin.token, { role: 'FACILITATOR' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await app.orm.em.fork().count(Invite)).toBe(before);
  });
});

describe('acceptInvite', () => {
  it('creates the account with the invited role and region, signs in, and cannot be reused', async () => {
    const admin = await app.user(Role.ADMIN);
    const inv = await invite(admin.token, { role: 'REGION_ADMIN', regionCode: '19.02' });
    const input = { token: inv.data!.createInvite.token, name: 'Kadis Belitung', email: 'Kadis@Belitung.go.id', password: 'belitung-2026!' };
    const res = await app.gql<{ acceptInvite: { token: string; user: { role: string; username: string; region: { code: string } } } }>(ACCEPT, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data?.acceptInvite.user).toMatchObject({ role: 'REGION_ADMIN', username: 'kadis', region: { code: '19.02' } });
    expect(res.headers.get('set-cookie')).toMatch(/rembuk_session=/);
    const me = await app.gql<{ me: { name: string } }>(`{ me { name } }`, {}, { token: res.data!.acceptInvite.token });
    expect(me.data?.me.name).toBe('Kadis Belitung');

    const again = await app.gql(ACCEPT, { input: { ...input, email: 'other@belitung.go.id' } });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('gives people who accept at the same moment with the same e-mail name distinct usernames', async () => {
    const admin = await app.user(Role.ADMIN);
    const tokens = await Promise.all(Array.from({ length: 6 }, async () => (await invite(admin.token, { role: 'MEMBER', regionCode: '32.11' })).data!.createInvite.token));
    // Six different people whose addresses all start with "samesame@": one username base.
    const results = await Promise.all(tokens.map((token, i) => app.gql<{ acceptInvite: { user: { username: string } } }>(ACCEPT, { input: { token, name: `Orang ${i}`, email: `samesame@kab${i}.go.id`, password: 'long-enough-pass' } })));
    expect(results.map((r) => r.errors)).toEqual(results.map(() => undefined));
    expect(new Set(results.map((r) => r.data!.acceptInvite.user.username))).toEqual(new Set(['samesame', 'samesame2', 'samesame3', 'samesame4', 'samesame5', 'samesame6']));
  });

  it('lets exactly one of two simultaneous sign-ups with one e-mail succeed; the other gets CONFLICT', async () => {
    const admin = await app.user(Role.ADMIN);
    const [a, b] = await Promise.all([0, 1].map(async () => (await invite(admin.token, { role: 'MEMBER', regionCode: '32.11' })).data!.createInvite.token));
    const input = (token: string) => ({ input: { token, name: 'Kembar', email: 'kembar@sumedangkab.go.id', password: 'long-enough-pass' } });
    const results = await Promise.all([app.gql(ACCEPT, input(a!)), app.gql(ACCEPT, input(b!))]);
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect(results.every((r) => r.status < 500)).toBe(true);
    expect(await app.orm.em.fork().count(User, { email: 'kembar@sumedangkab.go.id' })).toBe(1);
  });

  it('rejects unknown tokens, short passwords and taken e-mails without creating anyone', async () => {
    const admin = await app.user(Role.ADMIN);
    const users = await app.orm.em.fork().count(User);
    const unknown = await app.gql(ACCEPT, { input: { token: 'x'.repeat(43), name: 'A B', email: 'a@b.id', password: 'long-enough-pass' } });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const inv = await invite(admin.token, { role: 'MEMBER', regionCode: '32.11' });
    const short = await app.gql(ACCEPT, { input: { token: inv.data!.createInvite.token, name: 'A B', email: 'a@b.id', password: 'short' } });
    expect(short.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const existing = await app.user(Role.MEMBER, '32.11');
    const taken = await app.gql(ACCEPT, { input: { token: inv.data!.createInvite.token, name: 'A B', email: existing.user.email, password: 'long-enough-pass' } });
    expect(taken.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await app.orm.em.fork().count(User)).toBe(users + 1);
  });

  it('honours an invite bound to an e-mail address', async () => {
    const admin = await app.user(Role.ADMIN);
    const inv = await invite(admin.token, { role: 'MEMBER', regionCode: '32.11', email: 'staf@sumedangkab.go.id' });
    const wrong = await app.gql(ACCEPT, { input: { token: inv.data!.createInvite.token, name: 'A B', email: 'lain@sumedangkab.go.id', password: 'long-enough-pass' } });
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const right = await app.gql(ACCEPT, { input: { token: inv.data!.createInvite.token, name: 'A B', email: 'STAF@sumedangkab.go.id', password: 'long-enough-pass' } });
    expect(right.errors).toBeUndefined();
  });

  it('rejects an expired invite', async () => {
    const admin = await app.user(Role.ADMIN);
    const inv = await invite(admin.token, { role: 'MEMBER', regionCode: '32.11' });
    await app.orm.em.fork().nativeUpdate(Invite, {}, { expiresAt: new Date(Date.now() - 1000) });
    const res = await app.gql(ACCEPT, { input: { token: inv.data!.createInvite.token, name: 'A B', email: 'late@b.id', password: 'long-enough-pass' } });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('invites', () => {
  it('lists open invites in the actor\'s scope', async () => {
    const admin = await app.user(Role.ADMIN);
    await invite(admin.token, { role: 'MEMBER', regionCode: '74.05' });
    const ra = await app.user(Role.REGION_ADMIN, '74.05');
    const mine = await app.gql<{ invites: { region: { code: string } }[] }>(`{ invites { region { code } } }`, {}, { token: ra.token });
    expect(mine.data?.invites.length).toBeGreaterThan(0);
    expect(mine.data?.invites.every((i) => i.region.code === '74.05')).toBe(true);
    const member = await app.user(Role.MEMBER, '74.05');
    expect((await app.gql(`{ invites { id } }`, {}, { token: member.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('invite preview and revocation', () => {
  it('shows an open invite by token and lets its issuer revoke it', async () => {
    const ra = await app.user(Role.REGION_ADMIN, '32.11');
    const inv = await invite(ra.token, { role: 'MEMBER', regionCode: '32.11', email: 'baru@sumedangkab.go.id' });
    const token = inv.data!.createInvite.token;
    const preview = await app.gql<{ invite: unknown }>(`query($t: String!) { invite(token: $t) { role email region { code } } }`, { t: token });
    expect(preview.data?.invite).toEqual({ role: 'MEMBER', email: 'baru@sumedangkab.go.id', region: { code: '32.11' } });
    const list = await app.gql<{ invites: { id: string }[] }>(`{ invites { id } }`, {}, { token: ra.token });
    const id = list.data!.invites[0].id;
    const other = await app.user(Role.REGION_ADMIN, '14.08');
    expect((await app.gql(`mutation($id: ID!) { revokeInvite(id: $id) { id } }`, { id }, { token: other.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(`mutation($id: ID!) { revokeInvite(id: $id) { id } }`, { id }, { token: ra.token })).errors).toBeUndefined();
    expect((await app.gql(`query($t: String!) { invite(token: $t) { role } }`, { t: token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const accept = await app.gql(ACCEPT, { input: { token, name: 'Telat', email: 'baru@sumedangkab.go.id', password: 'long-enough-pass' } });
    expect(accept.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
