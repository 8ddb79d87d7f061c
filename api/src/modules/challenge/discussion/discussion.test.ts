import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { SIAK, SUMEDANG, openChallenge, proposeSolution } from '../../../../test/challenge-helpers.js';
import { categoryId, reply } from '../../../../test/forum-helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

interface Linked {
  id: string;
  title: string;
  category: { slug: string };
  author: { id: string };
  regions: { code: string }[];
  readState: { level: string } | null;
  challenge: { id: string } | null;
  solution: { id: string } | null;
  posts: { edges: { node: { number: number; body: string } }[] };
}
const THREAD = `id title category { slug } author { id } regions { code } readState { level } challenge { id } solution { id } posts(first: 5) { edges { node { number body } } }`;

describe('discussion threads', () => {
  it('gives every challenge its forum thread in Studi Tiru, opened with it and linked both ways', async () => {
    const lead = await app.user(Role.REGION_ADMIN, SUMEDANG);
    const reader = await app.user(Role.MEMBER, SIAK);
    const challengeId = await openChallenge(app, lead.token, { title: 'Satu data kependudukan daerah' });
    const res = await app.gql<{ challenge: { thread: Linked } }>(`query($id: ID!) { challenge(id: $id) { thread { ${THREAD} } } }`, { id: challengeId }, { token: lead.token });
    const thread = res.data!.challenge.thread;
    expect(thread).toMatchObject({
      title: 'Satu data kependudukan daerah',
      category: { slug: 'studi-tiru' },
      author: { id: String(lead.user.id) },
      regions: [{ code: SUMEDANG }],
      readState: { level: 'WATCHING' },
      challenge: { id: challengeId },
      solution: null,
    });
    const opening = thread.posts.edges[0]!.node;
    expect(opening.body).toContain('<strong>lima</strong>');
    expect(opening.body).toContain(`href="/tantangan/${challengeId}"`);

    // It is an ordinary thread: the forum's replies and notifications serve it (the opener watches it).
    const back = await app.gql<{ thread: Linked }>(`query($id: ID!) { thread(id: $id) { ${THREAD} } }`, { id: thread.id }, { token: reader.token });
    expect(back.data!.thread.challenge).toEqual({ id: challengeId });
    await reply(app, reader.token, thread.id, 'Siak punya pengalaman serupa.');
    const bell = await app.gql<{ notifications: { edges: { node: { kind: string; thread: { id: string } | null } }[] } }>(
      `{ notifications(first: 5) { edges { node { kind thread { id } } } } }`, {}, { token: lead.token });
    expect(bell.data!.notifications.edges.map((e) => e.node)).toContainEqual({ kind: 'REPLY', thread: { id: thread.id } });
  });

  it('gives every solution its comment thread, opened with it, pointing back at the solution', async () => {
    const lead = await app.user(Role.REGION_ADMIN, SUMEDANG);
    const author = await app.user(Role.MEMBER, SIAK);
    const challengeId = await openChallenge(app, lead.token);
    const solutionId = await proposeSolution(app, author.token, challengeId, { title: 'Mal pelayanan publik digital' });
    const res = await app.gql<{ solution: { thread: Linked } }>(`query($id: ID!) { solution(id: $id) { thread { ${THREAD} } } }`, { id: solutionId }, { token: author.token });
    expect(res.data!.solution.thread).toMatchObject({
      title: 'Mal pelayanan publik digital',
      category: { slug: 'studi-tiru' },
      author: { id: String(author.user.id) },
      regions: [{ code: SIAK }],
      readState: { level: 'WATCHING' },
      challenge: null,
      solution: { id: solutionId },
    });
    expect(res.data!.solution.thread.posts.edges[0]!.node.body).toContain(`href="/tantangan/${challengeId}"`);
  });

  it('reads the way back for many threads in one statement', async () => {
    const lead = await app.user(Role.FACILITATOR);
    for (let i = 0; i < 3; i++) await openChallenge(app, lead.token, { title: `Tantangan berantai ${i}`, regionCodes: [SIAK] });
    const FEED = `query($c: ID!) { threads(first: 20, categoryId: $c) { edges { node { id challenge { id title } solution { id } } } } }`;
    const c = await categoryId(app, lead.token, 'studi-tiru');
    app.queries.reset();
    const feed = await app.gql<{ threads: { edges: { node: { challenge: { title: string } | null } }[] } }>(FEED, { c }, { token: lead.token });
    expect(feed.data!.threads.edges.filter((e) => e.node.challenge?.title.startsWith('Tantangan berantai')).length).toBe(3);
    const linkReads = app.queries.list().filter((q) => q.includes('thread_id = any'));
    expect(linkReads).toHaveLength(2);
  });
});
