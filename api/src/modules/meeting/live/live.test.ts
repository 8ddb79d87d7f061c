import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { JOIN, MODERATE, VOTE, ask, liveSession } from '../../../../test/live-helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

type Evt = { liveSessionEvents: { kind: string; question: { text: string; askedBy: { name: string } | null } | null; votes: { questionId: string; voteCount: number }[] | null; participantCount: number | null; highlightedQuestionId: string | null; poll: { id: string; totalVotes: number } | null } };
const EVENTS = `subscription($s: ID!) { liveSessionEvents(sessionId: $s) { kind question { text askedBy { name } } votes { questionId voteCount } participantCount highlightedQuestionId poll { id totalVotes } } }`;
type Iter = AsyncIterableIterator<{ data?: Evt | null; errors?: unknown }>;

/** Collects events until `until` matches or the time runs out. */
async function collect(it: Iter, until: (e: Evt['liveSessionEvents'], all: Evt['liveSessionEvents'][]) => boolean, ms = 3000) {
  const all: Evt['liveSessionEvents'][] = [];
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const res = await Promise.race([it.next(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
    if (!res || res.done) break;
    if (res.value.errors) throw new Error(JSON.stringify(res.value.errors));
    const e = res.value.data!.liveSessionEvents;
    all.push(e);
    if (until(e, all)) return all;
  }
  throw new Error(`condition not met; got ${JSON.stringify(all)}`);
}

describe('liveSessionEvents', () => {
  it('streams questions without anonymous askers, batched vote counts, highlight and presence', async () => {
    const f = await app.user(Role.FACILITATOR);
    const asker = await app.user(Role.MEMBER, '32.11', 'Rahasia Sekali');
    const s = await liveSession(app, f.token, { allowGuests: true });
    const guest = (await app.gql<{ joinLiveSession: { guestToken: string } }>(JOIN, { i: { code: s.code, guestName: 'Tamu Hall' } })).data!.joinLiveSession.guestToken;
    const stream = app.ws(guest).iterate<Evt>({ query: EVENTS, variables: { s: s.id } }) as Iter;
    await collect(stream, (e) => e.kind === 'PRESENCE' && e.participantCount === 1);

    const q = await ask(app, asker.token, s.id, 'Bagaimana replikasi aplikasi?', true);
    const added = await collect(stream, (e) => e.kind === 'QUESTION_ADDED');
    expect(added.at(-1)!.question).toEqual({ text: 'Bagaimana replikasi aplikasi?', askedBy: null });
    expect(JSON.stringify(added)).not.toContain('Rahasia');

    // 60 votes within a moment arrive as a handful of batched VOTES events ending at 60.
    const tokens = await app.users(60, '14.08');
    await Promise.all(tokens.map((t) => app.gql(VOTE, { q: q.id }, { token: t })));
    const votes = await collect(stream, (e) => e.kind === 'VOTES' && e.votes?.[0]?.voteCount === 60, 5000);
    expect(votes.filter((e) => e.kind === 'VOTES').length).toBeLessThan(10);

    await app.gql(MODERATE, { i: { questionId: q.id, action: 'HIGHLIGHT' } }, { token: f.token });
    const hl = await collect(stream, (e) => e.kind === 'HIGHLIGHT');
    expect(hl.at(-1)!.highlightedQuestionId).toBe(q.id);
    await stream.return?.();
  });

  it('keeps pending questions out of participants\' streams', async () => {
    const f = await app.user(Role.FACILITATOR);
    const viewer = await app.user(Role.MEMBER, '14.08');
    const asker = await app.user(Role.MEMBER, '32.11');
    const s = await liveSession(app, f.token, { preModeration: true });
    const stream = app.ws(viewer.token).iterate<Evt>({ query: EVENTS, variables: { s: s.id } }) as Iter;
    const own = app.ws(asker.token).iterate<Evt>({ query: EVENTS, variables: { s: s.id } }) as Iter;
    const mod = app.ws(f.token).iterate<Evt>({ query: EVENTS, variables: { s: s.id } }) as Iter;
    await Promise.all([stream, own, mod].map((it) => collect(it, (e) => e.kind === 'PRESENCE' && e.participantCount === 3)));
    const q = await ask(app, asker.token, s.id, 'Menunggu moderator');
    // Same event, same document: three audiences, three different results.
    const [pending, mine, moderated] = await Promise.all([stream, own, mod].map((it) => collect(it, (e) => e.kind === 'QUESTION_ADDED')));
    expect(pending.at(-1)!.question).toBeNull();
    expect(mine.at(-1)!.question?.text).toBe('Menunggu moderator');
    expect(moderated.at(-1)!.question?.text).toBe('Menunggu moderator');
    await Promise.all([own.return?.(), mod.return?.()]);
    await app.gql(MODERATE, { i: { questionId: q.id, action: 'APPROVE' } }, { token: f.token });
    const approved = await collect(stream, (e) => e.kind === 'QUESTION_UPDATED');
    expect(approved.at(-1)!.question?.text).toBe('Menunggu moderator');
    await stream.return?.();
  });

  it('refuses guests of another session', async () => {
    const f = await app.user(Role.FACILITATOR);
    const a = await liveSession(app, f.token, { allowGuests: true });
    const b = await liveSession(app, f.token, { allowGuests: true });
    const guest = (await app.gql<{ joinLiveSession: { guestToken: string } }>(JOIN, { i: { code: a.code, guestName: 'Tamu A' } })).data!.joinLiveSession.guestToken;
    const res = await (app.ws(guest).iterate<Evt>({ query: EVENTS, variables: { s: b.id } }) as Iter).next();
    expect(JSON.stringify(res.value?.errors)).toMatch(/FORBIDDEN/);
  });
});
