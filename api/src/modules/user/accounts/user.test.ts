import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { newThread } from '../../../../test/forum-helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const PROFILE = `query($u: String!) { user(username: $u) { id name username role organisation region { code name } email } }`;

describe('member profiles', () => {
  it('are found by username with or without @, in any case, by signed-in members', async () => {
    const viewer = await app.user(Role.MEMBER, '14.08');
    const { user } = await app.user(Role.REGION_ADMIN, '32.11', 'Dewi Sumedang');
    const res = await app.gql<{ user: Record<string, unknown> }>(PROFILE, { u: `@${user.username.toUpperCase()}` }, { token: viewer.token });
    expect(res.errors).toBeUndefined();
    // E-mail is for the member themself only.
    expect(res.data!.user).toEqual({ id: String(user.id), name: 'Dewi Sumedang', username: user.username, role: 'REGION_ADMIN', organisation: null, region: { code: '32.11', name: 'Kabupaten Sumedang' }, email: null });
  });

  it('are NOT_FOUND for unknown names and need a signed-in member', async () => {
    const viewer = await app.user(Role.MEMBER, '14.08');
    expect((await app.gql(PROFILE, { u: 'tidak_ada_orang_ini' }, { token: viewer.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await app.gql(PROFILE, { u: 'x'.repeat(300) }, { token: viewer.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await app.gql(PROFILE, { u: viewer.user.username })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("list a member's threads through the feed filter", async () => {
    const viewer = await app.user(Role.MEMBER, '14.08');
    const author = await app.user(Role.MEMBER, '32.11');
    const other = await app.user(Role.MEMBER, '19.02');
    const mine = await newThread(app, author.token, { title: 'Topik dari penulis profil' });
    await newThread(app, other.token, { title: 'Topik orang lain sekali' });
    const res = await app.gql<{ threads: { totalCount: number; edges: { node: { id: string } }[] } }>(
      `query($u: String!) { threads(first: 10, authorUsername: $u) { totalCount edges { node { id } } } }`,
      { u: `@${author.user.username}` },
      { token: viewer.token },
    );
    expect(res.data?.threads.totalCount).toBe(1);
    expect(res.data?.threads.edges.map((e) => e.node.id)).toEqual([mine.id]);
  });
});
