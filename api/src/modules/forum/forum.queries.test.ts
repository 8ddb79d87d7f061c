import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../test/harness.js';
import { newThread, reply } from '../../../test/forum-helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const PAGE = `query($id: ID!, $first: Int) { thread(id: $id) {
  title category { name } author { name region { name } } regions { name } readState { unreadCount }
  posts(first: $first) { totalCount edges { node {
    number body isDeleted revisionCount isAcceptedAnswer viewerCanEdit
    author { name username region { code name } }
    replyTo { number excerpt author { name } }
    reactions { emoji count reactedByMe users { name } }
  } } }
} }`;

async function threadWith(n: number): Promise<string> {
  const people = await Promise.all(Array.from({ length: 5 }, (_, i) => app.user(Role.MEMBER, ['32.11', '14.08', '19.02', '74.05', '32.15'][i])));
  const t = await newThread(app, people[0].token, { regionCodes: ['32.11', '14.08'] });
  let previous: string | undefined;
  for (let i = 0; i < n - 1; i++) {
    const author = people[i % 5];
    // Spread writes over authors to stay under the per-person write limit.
    const p = await reply(app, author.token, t.id, `Balasan ke-${i}`, i % 3 === 0 ? previous : undefined);
    if (i % 2 === 0) {
      for (const reactor of people.slice(0, 3)) {
        await app.gql(`mutation($i: ToggleReactionInput!) { toggleReaction(input: $i) { id } }`, { i: { postId: p.id, emoji: '👍' } }, { token: reactor.token });
      }
    }
    previous = p.id;
  }
  return t.id;
}

describe('thread page', () => {
  it('loads 5 or 50 posts with authors, regions, reactions and quotes in the same small number of queries', async () => {
    const viewer = await app.user(Role.MEMBER, '32.11');
    const small = await threadWith(5);
    const large = await threadWith(50);
    // Regions are read once per process (reference data); that first read is not per page.
    await app.gql(PAGE, { id: small, first: 1 }, { token: viewer.token });
    app.queries.reset();
    const r5 = await app.gql(PAGE, { id: small, first: 50 }, { token: viewer.token });
    const q5 = app.queries.count();
    app.queries.reset();
    const r50 = await app.gql<{ thread: { posts: { edges: unknown[] } } }>(PAGE, { id: large, first: 50 }, { token: viewer.token });
    const q50 = app.queries.count();
    expect(r5.errors).toBeUndefined();
    expect(r50.errors).toBeUndefined();
    expect(r50.data?.thread.posts.edges).toHaveLength(50);
    expect(q50, app.queries.list().join('\n')).toBe(q5);
    // session, thread (+category, author), the page (posts, authors, quoted posts, reactions), read state, revision counts, thread regions
    expect(q50).toBeLessThanOrEqual(6);
  }, 120_000);
});

describe('search', () => {
  it('finds words in titles and posts with Indonesian stemming, ranked, with safe highlighted snippets', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const t1 = await newThread(app, a.token, { title: 'Penerapan tanda tangan elektronik', body: 'Kami menerapkan TTE untuk surat dinas.' });
    const t2 = await newThread(app, a.token, { title: 'Aplikasi umum', body: 'Bagaimana pengalaman penerapan aplikasi umum?' });
    await reply(app, a.token, t2.id, 'Sumedang sudah <b>menerapkan</b> tanda tangan elektronik sejak 2021 <script>x</script>');
    const SEARCH = `query($q: String!) { search(query: $q) { totalCount edges { node { thread { id title } post { number } snippet } } } }`;
    const res = await app.gql<{ search: { totalCount: number; edges: { node: { thread: { id: string }; post: { number: number } | null; snippet: string } }[] } }>(SEARCH, { q: 'tanda tangan elektronik' }, { token: a.token });
    const hits = res.data!.search.edges.map((e) => e.node);
    expect(hits.map((h) => h.thread.id)).toEqual([t1.id, t2.id]);
    expect(hits[1].post?.number).toBe(2);
    expect(hits[1].snippet).toContain('<mark>');
    expect(hits[1].snippet).not.toMatch(/<script|<b>/);
    // From the rendered text: no markdown marks, and characters the HTML escaped read as themselves.
    const md = await newThread(app, a.token, { title: 'Catatan', body: '- **Sertifikat** elektronik & _paraf_ digital\n- kedua' });
    const cooked = await app.gql<{ search: { edges: { node: { thread: { id: string }; snippet: string } }[] } }>(SEARCH, { q: 'sertifikat paraf' }, { token: a.token });
    const snippet = cooked.data!.search.edges.find((e) => e.node.thread.id === md.id)!.node.snippet;
    expect(snippet).not.toMatch(/\*\*|_paraf_|^- /);
    expect(snippet).toContain('&amp; ');
    expect(snippet).toContain('<mark>Sertifikat</mark>');
    // The Indonesian stemmer gives "menerapkan" and "penerapan" the same stem.
    const stem = await app.gql<{ search: { edges: { node: { thread: { id: string } } }[] } }>(SEARCH, { q: 'menerapkan' }, { token: a.token });
    expect(stem.data?.search.edges.map((e) => e.node.thread.id)).toEqual(expect.arrayContaining([t1.id, t2.id]));
  });

  it('tolerates typos in titles and hides deleted or hidden content', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const f = await app.user(Role.FACILITATOR);
    const t = await newThread(app, a.token, { title: 'Arsitektur SPBE Kabupaten Siak' });
    const SEARCH = `query($q: String!) { search(query: $q) { edges { node { thread { id } post { id } } } } }`;
    const typo = await app.gql<{ search: { edges: { node: { thread: { id: string } } }[] } }>(SEARCH, { q: 'arsitektr spbe' }, { token: a.token });
    expect(typo.data?.search.edges.map((e) => e.node.thread.id)).toContain(t.id);
    const p = await reply(app, a.token, t.id, 'kata rahasia zamrudhijau');
    await app.gql(`mutation($i: ModeratePostInput!) { moderatePost(input: $i) { id } }`, { i: { postId: p.id, action: 'HIDE', reason: 'bocor' } }, { token: f.token });
    const hidden = await app.gql<{ search: { edges: unknown[] } }>(SEARCH, { q: 'zamrudhijau' }, { token: a.token });
    expect(hidden.data?.search.edges).toEqual([]);
    const bad = await app.gql(SEARCH, { q: 'x' }, { token: a.token });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
