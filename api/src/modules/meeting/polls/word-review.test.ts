import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { JOIN, liveSession } from '../../../../test/live-helpers.js';
import { subscribed } from '../../../../test/ws-helpers.js';
import { isBlocked, normaliseBlockedList } from './word-review.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const CREATE = `mutation($i: CreatePollInput!) { createPoll(input: $i) { id } }`;
const STATE = `mutation($p: ID!, $s: PollState!) { setPollState(pollId: $p, state: $s) { state } }`;
const VOTE = `mutation($i: VotePollInput!) { votePoll(input: $i) { id } }`;
const REVIEW = `mutation($s: ID!, $on: Boolean!) { setWordReview(sessionId: $s, reviewWords: $on) { id reviewWords } }`;
const BLOCK = `mutation($i: SetBlockedWordsInput!) { setBlockedWords(input: $i) { id blockedWords } }`;
const MODERATE = `mutation($i: ModerateWordInput!) { moderateWord(input: $i) { id } }`;
const VIEW = `query($c: String!) { liveSession(code: $c) { reviewWords blockedWords polls { id words { word count } wordReview { word status count } } } }`;
const EVENTS = `subscription($s: ID!) { liveSessionEvents(sessionId: $s) { kind poll { id words { word count } } } }`;
type Words = { word: string; count: number }[] | null;
type View = { reviewWords: boolean; blockedWords: string[] | null; polls: { id: string; words: Words; wordReview: { word: string; status: string; count: number }[] | null }[] };
type Evt = { liveSessionEvents: { kind: string; poll: { id: string; words: Words } | null } };
type Iter = AsyncIterableIterator<{ data?: Evt | null; errors?: unknown }>;

async function ok<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await app.gql<T>(query, variables, { token });
  if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}
const code = async (query: string, variables: Record<string, unknown>, token?: string) => (await app.gql(query, variables, { token })).errors?.[0]?.extensions?.code;
const view = async (c: string, token: string) => (await ok<{ liveSession: View }>(VIEW, { c }, token)).liveSession;

/** An open session with guests and an open word-cloud poll. */
async function setUp(f: string) {
  const s = await liveSession(app, f, { allowGuests: true });
  const p = (await ok<{ createPoll: { id: string } }>(CREATE, { i: { sessionId: s.id, title: 'Satu kata untuk SPBE?', kind: 'WORDS', options: [] } }, f)).createPoll.id;
  await ok(STATE, { p, s: 'OPEN' }, f);
  const guest = async (name: string) => (await ok<{ joinLiveSession: { guestToken: string } }>(JOIN, { i: { code: s.code, guestName: name } })).joinLiveSession.guestToken;
  return { s, p, guest };
}

/** A live-events stream, once the server has subscribed it (else an event sent at once is missed). */
async function events(token: string, sessionId: string): Promise<Iter> {
  const before = app.subscriptions().members;
  const stream = app.ws(token).iterate<Evt>({ query: EVENTS, variables: { s: sessionId } }) as Iter;
  await subscribed(app, before, 1);
  return stream;
}

/** Waits for a POLL_RESULTS event whose cloud satisfies `until`. */
async function cloud(it: Iter, until: (w: Words) => boolean, ms = 10_000): Promise<Words> {
  const deadline = Date.now() + ms;
  const seen: unknown[] = [];
  while (Date.now() < deadline) {
    const res = await Promise.race([it.next(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
    if (!res || res.done) break;
    const e = res.value.data?.liveSessionEvents;
    seen.push(e);
    if (e?.kind === 'POLL_RESULTS' && until(e.poll?.words ?? null)) return e.poll!.words;
  }
  throw new Error(`no such cloud; got ${JSON.stringify(seen)}`);
}

describe('word-cloud review', () => {
  it('holds guest answers until a moderator approves them, live, and lets them reject and hide words', async () => {
    const f = (await app.user(Role.FACILITATOR)).token;
    const { s, p, guest } = await setUp(f);
    expect((await ok<{ setWordReview: { reviewWords: boolean } }>(REVIEW, { s: s.id, on: true }, f)).setWordReview.reviewWords).toBe(true);
    const [a, b, hall] = await Promise.all([guest('Tamu Satu'), guest('Tamu Dua'), guest('Layar Aula')]);
    const stream = await events(hall, s.id);

    await ok(VOTE, { i: { pollId: p, words: ' Integrasi ' } }, a);
    await ok(VOTE, { i: { pollId: p, words: 'hoaks' } }, b);
    for (const t of [b, hall]) expect((await view(s.code, t)).polls[0]!.words).toEqual([]);
    expect((await view(s.code, hall)).polls[0]!.wordReview).toBeNull();
    expect((await view(s.code, f)).polls[0]!.wordReview).toEqual([{ word: 'hoaks', status: 'PENDING', count: 1 }, { word: 'integrasi', status: 'PENDING', count: 1 }]);

    await ok(MODERATE, { i: { pollId: p, word: 'INTEGRASI', action: 'APPROVE' } }, f);
    expect(await cloud(stream, (w) => !!w?.length)).toEqual([{ word: 'integrasi', count: 1 }]);
    expect((await view(s.code, b)).polls[0]!.words).toEqual([{ word: 'integrasi', count: 1 }]);

    await ok(MODERATE, { i: { pollId: p, word: 'hoaks', action: 'REJECT' } }, f);
    // The same word again keeps the decision: approved shows at once, rejected never does.
    await ok(VOTE, { i: { pollId: p, words: 'integrasi' } }, hall);
    expect(await cloud(stream, (w) => w?.[0]?.count === 2)).toEqual([{ word: 'integrasi', count: 2 }]);
    expect((await view(s.code, f)).polls[0]!.wordReview).toEqual([{ word: 'integrasi', status: 'APPROVED', count: 2 }, { word: 'hoaks', status: 'REJECTED', count: 1 }]);

    await ok(MODERATE, { i: { pollId: p, word: 'integrasi', action: 'HIDE' } }, f);
    expect(await cloud(stream, (w) => w?.length === 0)).toEqual([]);
    expect((await view(s.code, a)).polls[0]!.words).toEqual([]);
    await ok(MODERATE, { i: { pollId: p, word: 'integrasi', action: 'UNHIDE' } }, f);
    expect(await cloud(stream, (w) => !!w?.length)).toEqual([{ word: 'integrasi', count: 2 }]);
    expect(await code(MODERATE, { i: { pollId: p, word: 'tidak ada', action: 'APPROVE' } }, f)).toBe('NOT_FOUND');
    await stream.return?.();
  });

  it("sends a word answered right after the poll opened live, to the voter and to the moderator's screen", async () => {
    const f = (await app.user(Role.FACILITATOR)).token;
    const s = await liveSession(app, f, { allowGuests: true });
    const voter = (await app.user(Role.MEMBER, '32.11')).token;
    const stream = await events(f, s.id);
    // Opened and answered at once, as in a meeting: the answer must not be lost behind the opening.
    const p = (await ok<{ createPoll: { id: string } }>(CREATE, { i: { sessionId: s.id, title: 'Satu kata?', kind: 'WORDS', options: [] } }, f)).createPoll.id;
    await ok(STATE, { p, s: 'OPEN' }, f);
    const voted = await ok<{ votePoll: { words: Words; totalVotes: number } }>(`mutation($i: VotePollInput!) { votePoll(input: $i) { words { word count } totalVotes } }`, { i: { pollId: p, words: 'Interoperabilitas' } }, voter);
    expect(voted.votePoll).toEqual({ words: [{ word: 'interoperabilitas', count: 1 }], totalVotes: 1 });
    expect(await cloud(stream, (w) => !!w?.length)).toEqual([{ word: 'interoperabilitas', count: 1 }]);
    await stream.return?.();
  });

  it('shows answers at once when review is off', async () => {
    const f = (await app.user(Role.FACILITATOR)).token;
    const { s, p, guest } = await setUp(f);
    await ok(VOTE, { i: { pollId: p, words: 'Data' } }, await guest('Tamu'));
    expect((await view(s.code, await guest('Tamu Lain'))).polls[0]!.words).toEqual([{ word: 'data', count: 1 }]);
  });

  it('never shows an answer with a blocked word, also one blocked after it showed', async () => {
    const f = (await app.user(Role.FACILITATOR)).token;
    const { s, p, guest } = await setUp(f);
    expect((await view(s.code, f)).blockedWords).toContain('tolol');
    const [a, b, c, d] = await Promise.all(['Satu', 'Dua', 'Tiga', 'Empat'].map((n) => guest(`Tamu ${n}`)));
    // Refused quietly: the voter is not told which word tripped the filter.
    await ok(VOTE, { i: { pollId: p, words: 'Dasar TOLOL!' } }, a);
    await ok(VOTE, { i: { pollId: p, words: 'babinsa' } }, b);
    await ok(VOTE, { i: { pollId: p, words: 'layanan lambat' } }, c);
    expect((await view(s.code, d)).polls[0]!.words).toEqual([{ word: 'babinsa', count: 1 }, { word: 'layanan lambat', count: 1 }]);
    expect((await view(s.code, f)).polls[0]!.wordReview).toContainEqual({ word: 'dasar tolol!', status: 'REJECTED', count: 1 });
    expect(await code(MODERATE, { i: { pollId: p, word: 'dasar tolol!', action: 'APPROVE' } }, f)).toBe('BAD_USER_INPUT');

    const stream = await events(d, s.id);
    const saved = (await ok<{ setBlockedWords: { blockedWords: string[] } }>(BLOCK, { i: { sessionId: s.id, words: ['Tolol', 'lambat', ' tolol '] } }, f)).setBlockedWords;
    expect(saved.blockedWords).toEqual(['lambat', 'tolol']);
    expect(await cloud(stream, (w) => w?.length === 1)).toEqual([{ word: 'babinsa', count: 1 }]);
    await ok(VOTE, { i: { pollId: p, words: 'Lambat' } }, d);
    expect((await view(s.code, d)).polls[0]!.words).toEqual([{ word: 'babinsa', count: 1 }]);
    await stream.return?.();
    for (const words of [['dua kata'], ['a'.repeat(41)], Array.from({ length: 201 }, (_, i) => `kata${i}`)]) {
      expect(await code(BLOCK, { i: { sessionId: s.id, words } }, f), words[0]).toBe('BAD_USER_INPUT');
    }
  });

  it('is for moderators only', async () => {
    const f = (await app.user(Role.FACILITATOR)).token;
    const member = (await app.user(Role.MEMBER, '32.11')).token;
    const { s, p, guest } = await setUp(f);
    const g = await guest('Tamu');
    await ok(VOTE, { i: { pollId: p, words: 'data' } }, g);
    for (const t of [member, g]) {
      expect(await code(REVIEW, { s: s.id, on: true }, t)).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      expect(await code(BLOCK, { i: { sessionId: s.id, words: [] } }, t)).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      expect(await code(MODERATE, { i: { pollId: p, word: 'data', action: 'HIDE' } }, t)).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
    expect(await code(MODERATE, { i: { pollId: p, word: 'data', action: 'HIDE' } }, member)).toBe('FORBIDDEN');
    expect(await view(s.code, member)).toMatchObject({ blockedWords: null, polls: [{ wordReview: null, words: [{ word: 'data', count: 1 }] }] });
  });

  it('reads the review lists of many polls in the same number of statements as one', async () => {
    const f = (await app.user(Role.FACILITATOR)).token;
    const { s, guest } = await setUp(f);
    const count = async () => {
      app.queries.reset();
      await view(s.code, f);
      return app.queries.count();
    };
    await count();
    // The second read: the first may still share the window with the outbox deliveries of the set-up.
    const one = await count();
    for (const title of ['Kata kedua?', 'Kata ketiga?']) {
      const p = (await ok<{ createPoll: { id: string } }>(CREATE, { i: { sessionId: s.id, title, kind: 'WORDS', options: [] } }, f)).createPoll.id;
      await ok(STATE, { p, s: 'OPEN' }, f);
      await ok(VOTE, { i: { pollId: p, words: 'arsitektur' } }, await guest(`Tamu ${title}`));
    }
    expect((await view(s.code, f)).polls.map((p) => p.wordReview?.length)).toEqual([1, 1, 0]);
    await count();
    expect(await count()).toBe(one);
  });
});

describe('blocked words', () => {
  it('match whole words only, after normalising', () => {
    expect(isBlocked('Dasar   Tolol!', ['tolol'])).toBe(true);
    expect(isBlocked('babinsa', ['babi'])).toBe(false);
    expect(normaliseBlockedList([' FUCK ', 'fuck', ''])).toEqual(['fuck']);
  });
});
