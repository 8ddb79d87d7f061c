import type { BrowserContext } from 'playwright-core';

/** What the route list's `{name}` placeholders stand for. */
export type Fixtures = Record<'thread' | 'category' | 'meeting' | 'code' | 'username' | 'challenge' | 'solution' | 'plan', string>;

async function gql<T>(context: BrowserContext, url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await context.request.post(`${url}/graphql`, { data: { query, variables }, headers: { 'content-type': 'application/json' } });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors) throw new Error(`fixture request failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * A thread with a reply, a meeting with a live session (guests allowed) holding a question and
 * an open poll: made once through the API by a signed-in admin, so every page has content.
 */
export async function createFixtures(admin: BrowserContext, url: string): Promise<Fixtures> {
  const { categories } = await gql<{ categories: { id: string }[] }>(admin, url, 'query { categories { id } }');
  const category = categories[0]!.id;
  const { createThread } = await gql<{ createThread: { id: string } }>(admin, url, 'mutation($input: CreateThreadInput!) { createThread(input: $input) { id } }', {
    input: { categoryId: category, title: 'Arsitektur SPBE daerah: contoh dokumen', body: 'Kami menyusun **arsitektur SPBE**. Ada contoh?', type: 'QUESTION' },
  });
  await gql(admin, url, 'mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', { input: { threadId: createThread.id, body: 'Ini contoh dari Sumedang, @anggota_sumedang.' } });
  const start = new Date(Date.now() + 60 * 60 * 1000);
  const { createMeeting } = await gql<{ createMeeting: { id: string } }>(admin, url, 'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }', {
    input: { title: 'Rapat koordinasi aksesibilitas', organiser: 'Kemendagri', startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * 3600_000).toISOString(), agenda: [{ title: 'Tanya jawab' }] },
  });
  const code = 'AKSES1';
  const { openLiveSession } = await gql<{ openLiveSession: { id: string } }>(admin, url, 'mutation($input: OpenLiveSessionInput!) { openLiveSession(input: $input) { id } }', {
    input: { meetingId: createMeeting.id, title: 'Tanya jawab', code, allowGuests: true },
  });
  await gql(admin, url, 'mutation($s: ID!) { askQuestion(sessionId: $s, text: "Bagaimana menguji aksesibilitas layanan daerah?") { id } }', { s: openLiveSession.id });
  const { createPoll } = await gql<{ createPoll: { id: string } }>(admin, url, 'mutation($input: CreatePollInput!) { createPoll(input: $input) { id } }', {
    input: { sessionId: openLiveSession.id, title: 'Sudah punya pedoman aksesibilitas?', kind: 'SINGLE', options: ['Sudah', 'Belum'] },
  });
  await gql(admin, url, 'mutation($p: ID!) { setPollState(pollId: $p, state: OPEN) { id } }', { p: createPoll.id });
  // The demo's challenge whose solution has the longest lineage: the richest challenge and solution pages.
  const { challenges } = await gql<{ challenges: { edges: { node: { id: string; solutions: { id: string; replicationCount: number }[] } }[] } }>(
    admin, url, 'query { challenges(first: 1, sort: MOST_REPLICATED) { edges { node { id solutions { id replicationCount } } } } }',
  );
  const top = challenges.edges[0]?.node;
  const solution = top?.solutions.slice().sort((a, b) => b.replicationCount - a.replicationCount)[0];
  if (!top || !solution) throw new Error('the demo data has no challenge with a solution');
  // The demo's plan for Sumedang (items, projection, priorities, members).
  const { plans } = await gql<{ plans: { edges: { node: { id: string } }[] } }>(admin, url, 'query { plans(first: 1, regionCode: "32.11") { edges { node { id } } } }');
  const plan = plans.edges[0]?.node.id;
  if (!plan) throw new Error('the demo data has no plan for Sumedang');
  return { thread: createThread.id, category, meeting: createMeeting.id, code, username: 'anggota_sumedang', challenge: top.id, solution: solution.id, plan };
}

export const fill = (path: string, fixtures: Fixtures): string => path.replace(/\{(\w+)\}/g, (_, name: keyof Fixtures) => fixtures[name]);
