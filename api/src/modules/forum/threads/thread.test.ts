import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { CREATE_POST, CREATE_THREAD, categoryId, newThread, openingPostId, reply } from '../../../../test/forum-helpers.js';
import { Post } from '../posts/post.entity.js';
import { Thread } from './thread.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const counts = async () => {
  const em = app.orm.em.fork();
  return { threads: await em.count(Thread), posts: await em.count(Post) };
};

describe('categories', () => {
  it('are seeded: one per SPBE domain plus Umum and Studi Tiru', async () => {
    const { token } = await app.user(Role.MEMBER, '32.11');
    const res = await app.gql<{ categories: { slug: string; spbeDomainNumber: number | null }[] }>(`{ categories { slug spbeDomainNumber } }`, {}, { token });
    expect(res.data?.categories.map((c) => c.slug)).toEqual(['umum', 'kebijakan-internal', 'tata-kelola', 'manajemen', 'layanan', 'studi-tiru']);
    expect(res.data?.categories.filter((c) => c.spbeDomainNumber).map((c) => c.spbeDomainNumber)).toEqual([1, 2, 3, 4]);
  });

  it('are managed by admins only', async () => {
    const admin = await app.user(Role.ADMIN);
    const f = await app.user(Role.FACILITATOR);
    const save = `mutation($i: CategoryInput!) { saveCategory(input: $i) { slug name } }`;
    expect((await app.gql(save, { i: { slug: 'pelatihan', name: 'Pelatihan' } }, { token: f.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(save, { i: { slug: 'pelatihan', name: 'Pelatihan' } }, { token: admin.token })).data).toEqual({ saveCategory: { slug: 'pelatihan', name: 'Pelatihan' } });
  });
});

describe('createThread', () => {
  it('creates the thread with its opening post, indicators, regions and tags', async () => {
    const { token, user } = await app.user(Role.MEMBER, '32.11');
    const res = await app.gql<{ createThread: Record<string, unknown> }>(
      CREATE_THREAD,
      { i: { categoryId: await categoryId(app, token, 'tata-kelola'), title: '  Peta Rencana   SPBE 2025 ', body: 'Isi', type: 'QUESTION', indicatorNumbers: [12, 11, 12], regionCodes: ['32.11', '14.08'], tags: ['Peta-Rencana', 'peta-rencana'] } },
      { token },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createThread).toMatchObject({
      title: 'Peta Rencana SPBE 2025',
      type: 'QUESTION',
      indicatorNumbers: [11, 12],
      tags: ['peta-rencana'],
      regions: [{ code: '14.08' }, { code: '32.11' }],
      replyCount: 0,
      lastPostNumber: 1,
      category: { slug: 'tata-kelola' },
      author: { id: String(user.id) },
    });
  });

  it('rejects bad input with the limits stated, and stores nothing', async () => {
    const { token } = await app.user(Role.MEMBER, '32.11');
    const cat = await categoryId(app, token);
    const before = await counts();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ title: 'abc' }, 'BAD_USER_INPUT', /title must be 5 to 200 characters/],
      [{ title: 'x'.repeat(201) }, 'BAD_USER_INPUT', /title must be 5 to 200 characters/],
      [{ body: '' }, 'BAD_USER_INPUT', /body must be 1 to 20000 characters/],
      [{ body: '   ' }, 'BAD_USER_INPUT', /body must not be empty/],
      [{ body: 'x'.repeat(20_001) }, 'BAD_USER_INPUT', /body must be 1 to 20000/],
      [{ categoryId: '999999' }, 'NOT_FOUND', /Category not found/],
      [{ categoryId: 'abc' }, 'BAD_USER_INPUT', /categoryId is not a valid id/],
      [{ indicatorNumbers: [48] }, 'BAD_USER_INPUT', /Unknown SPBE indicator 48/],
      [{ regionCodes: ['99.99'] }, 'BAD_USER_INPUT', /Unknown region code/],
      [{ tags: ['<script>'] }, 'BAD_USER_INPUT', /tags are letters/],
    ];
    for (const [override, code, message] of cases) {
      const res = await app.gql(CREATE_THREAD, { i: { categoryId: cat, title: 'Judul yang cukup', body: 'Isi', ...override } }, { token, headers: { 'accept-language': 'en' } });
      expect(res.errors?.[0].extensions?.code, JSON.stringify(override).slice(0, 60)).toBe(code);
      expect(JSON.stringify(res.errors), JSON.stringify(override).slice(0, 60)).toMatch(message);
    }
    expect(await counts()).toEqual(before);
  });

  it('requires sign-in', async () => {
    const res = await app.gql(CREATE_THREAD, { i: { categoryId: '1', title: 'Judul yang cukup', body: 'Isi' } });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(`{ threads { totalCount } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('updateThread and deleteThread', () => {
  it('lets the author edit, keeps the history, and refuses other members', async () => {
    const author = await app.user(Role.MEMBER, '32.11');
    const other = await app.user(Role.MEMBER, '14.08');
    const t = await newThread(app, author.token);
    const upd = `mutation($i: UpdateThreadInput!) { updateThread(input: $i) { title } }`;
    expect((await app.gql(upd, { i: { threadId: t.id, title: 'Judul dari orang lain' } }, { token: other.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const ok = await app.gql(upd, { i: { threadId: t.id, title: 'Judul yang diperbaiki', body: 'Isi baru' } }, { token: author.token });
    expect(ok.data).toEqual({ updateThread: { title: 'Judul yang diperbaiki' } });
    const history = await app.gql<{ thread: { posts: { edges: { node: { revisionCount: number; revisions: { title: string; bodyMarkdown: string }[] } }[] } } }>(
      `query($id: ID!) { thread(id: $id) { posts(first: 1) { edges { node { revisionCount revisions { title bodyMarkdown } } } } } }`,
      { id: t.id },
      { token: other.token },
    );
    expect(history.data?.thread.posts.edges[0].node).toEqual({
      revisionCount: 1,
      revisions: [{ title: 'Bagaimana menyusun Arsitektur SPBE?', bodyMarkdown: 'Kami sedang menyusun **arsitektur** SPBE daerah.' }],
    });
  });

  it('soft-deletes: gone for members, visible to facilitators', async () => {
    const author = await app.user(Role.MEMBER, '32.11');
    const other = await app.user(Role.MEMBER, '14.08');
    const f = await app.user(Role.FACILITATOR);
    const t = await newThread(app, author.token);
    await reply(app, other.token, t.id, 'Balasan');
    const del = `mutation($id: ID!) { deleteThread(threadId: $id) { isDeleted } }`;
    expect((await app.gql(del, { id: t.id }, { token: other.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(del, { id: t.id }, { token: author.token })).data).toEqual({ deleteThread: { isDeleted: true } });
    expect((await app.gql(`query($id: ID!) { thread(id: $id) { id } }`, { id: t.id }, { token: other.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await app.gql(`query($id: ID!) { thread(id: $id) { isDeleted } }`, { id: t.id }, { token: f.token })).data).toEqual({ thread: { isDeleted: true } });
    const res = await app.gql(CREATE_POST, { i: { threadId: t.id, body: 'telat' } }, { token: other.token });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('moderateThread', () => {
  it('pins, locks and moves for facilitators only; locked threads take no replies', async () => {
    const member = await app.user(Role.MEMBER, '32.11');
    const f = await app.user(Role.FACILITATOR);
    const t = await newThread(app, member.token);
    const mod = `mutation($i: ModerateThreadInput!) { moderateThread(input: $i) { isPinned isLocked category { slug } } }`;
    expect((await app.gql(mod, { i: { threadId: t.id, action: 'LOCK' } }, { token: member.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await app.gql(mod, { i: { threadId: t.id, action: 'PIN' } }, { token: f.token });
    const locked = await app.gql(mod, { i: { threadId: t.id, action: 'LOCK' } }, { token: f.token });
    expect(locked.data).toEqual({ moderateThread: { isPinned: true, isLocked: true, category: { slug: 'umum' } } });
    const threadCounters = async () => {
      const row = await app.orm.em.fork().findOneOrFail(Thread, Number(t.id));
      return { replies: row.replyCount, last: row.lastPostNumber, at: row.lastPostAt.getTime() };
    };
    const before = await counts();
    const countersBefore = await threadCounters();
    const res = await app.gql(CREATE_POST, { i: { threadId: t.id, body: 'Boleh ikut?' } }, { token: member.token, headers: { 'accept-language': 'en' } });
    expect(res.errors?.[0]).toMatchObject({ message: 'This thread is locked; no new replies', extensions: { code: 'FORBIDDEN' } });
    expect(await counts()).toEqual(before);
    // Counting the reply and refusing it happen in one transaction: the refusal leaves no trace.
    expect(await threadCounters()).toEqual(countersBefore);
    const moved = await app.gql(mod, { i: { threadId: t.id, action: 'MOVE', categoryId: await categoryId(app, f.token, 'studi-tiru') } }, { token: f.token });
    expect(moved.data?.moderateThread).toMatchObject({ category: { slug: 'studi-tiru' } });
  });
});

describe('acceptAnswer', () => {
  it('lets the asker or a facilitator pick a reply, shown under the question', async () => {
    const asker = await app.user(Role.MEMBER, '32.11');
    const helper = await app.user(Role.MEMBER, '14.08');
    const other = await app.user(Role.MEMBER, '19.02');
    const f = await app.user(Role.FACILITATOR);
    const t = await newThread(app, asker.token, { type: 'QUESTION' });
    const a = await reply(app, helper.token, t.id, 'Gunakan templat dari Sumedang.');
    const b = await reply(app, other.token, t.id, 'Coba tanya KemenPAN-RB.');
    const accept = `mutation($t: ID!, $p: ID) { acceptAnswer(threadId: $t, postId: $p) { isAnswered acceptedAnswer { id author { id } } } }`;
    expect((await app.gql(accept, { t: t.id, p: a.id }, { token: other.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(accept, { t: t.id, p: await openingPostId(app, asker.token, t.id) }, { token: asker.token })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const ok = await app.gql(accept, { t: t.id, p: a.id }, { token: asker.token });
    expect(ok.data).toEqual({ acceptAnswer: { isAnswered: true, acceptedAnswer: { id: a.id, author: { id: String(helper.user.id) } } } });
    const byFacilitator = await app.gql(accept, { t: t.id, p: b.id }, { token: f.token });
    expect(byFacilitator.data?.acceptAnswer).toMatchObject({ acceptedAnswer: { id: b.id } });
    const unanswered = await app.gql<{ threads: { edges: { node: { id: string } }[] } }>(`{ threads(unanswered: true, first: 100) { edges { node { id } } } }`, {}, { token: asker.token });
    expect(unanswered.data?.threads.edges.map((e) => e.node.id)).not.toContain(t.id);
    const discussion = await newThread(app, asker.token);
    const d = await reply(app, helper.token, discussion.id, 'x');
    expect((await app.gql(accept, { t: discussion.id, p: d.id }, { token: asker.token })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
