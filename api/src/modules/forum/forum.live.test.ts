import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../test/harness.js';
import { newThread, reply } from '../../../test/forum-helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const settle = () => new Promise((r) => setTimeout(r, 150));

async function until(ok: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
type Iter<T> = AsyncIterableIterator<{ data?: T | null; errors?: unknown }>;

async function next<T>(it: Iter<T>, ms = 3000): Promise<T> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no event within ' + ms + ' ms')), ms));
  const res = await Promise.race([it.next(), timeout]);
  if (res.value?.errors) throw new Error(JSON.stringify(res.value.errors));
  return res.value!.data as T;
}

type ThreadEvt = { threadEvents: { kind: string; threadId: string; post: { number: number; body: string | null; reactions: { emoji: string; count: number }[] } | null; viewers: { id: string }[] | null; typing: { id: string }[] | null } };
const THREAD_EVENTS = `subscription($t: ID!) { threadEvents(threadId: $t) { kind threadId post { number body reactions { emoji count } } viewers { id } typing { id } } }`;

describe('threadEvents', () => {
  it('delivers new posts, edits, reactions and hiding to an open thread, after commit', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const b = await app.user(Role.MEMBER, '14.08');
    const f = await app.user(Role.FACILITATOR);
    const t = await newThread(app, a.token);
    const events = app.ws(b.token).iterate<ThreadEvt>({ query: THREAD_EVENTS, variables: { t: t.id } }) as Iter<ThreadEvt>;
    await settle();

    const p = await reply(app, a.token, t.id, 'Halo dari Sumedang');
    expect((await next(events)).threadEvents).toMatchObject({ kind: 'POST_ADDED', threadId: t.id, post: { number: 2, body: '<p>Halo dari Sumedang</p>\n' } });

    await app.gql(`mutation($i: ToggleReactionInput!) { toggleReaction(input: $i) { id } }`, { i: { postId: p.id, emoji: '👍' } }, { token: b.token });
    expect((await next(events)).threadEvents).toMatchObject({ kind: 'REACTIONS_CHANGED', post: { reactions: [{ emoji: '👍', count: 1 }] } });

    await app.gql(`mutation($i: UpdatePostInput!) { updatePost(input: $i) { id } }`, { i: { postId: p.id, body: 'Halo (diperbaiki)' } }, { token: a.token });
    expect((await next(events)).threadEvents).toMatchObject({ kind: 'POST_UPDATED', post: { body: '<p>Halo (diperbaiki)</p>\n' } });

    await app.gql(`mutation($i: ModeratePostInput!) { moderatePost(input: $i) { id } }`, { i: { postId: p.id, action: 'HIDE', reason: 'Tidak sesuai' } }, { token: f.token });
    // The subscriber is another member: the hidden text does not reach them.
    expect((await next(events)).threadEvents).toMatchObject({ kind: 'POST_HIDDEN', post: { number: 2, body: null } });

    // A failed write publishes nothing: the next event is the one after it.
    await app.gql(`mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`, { i: { threadId: t.id, body: '' } }, { token: a.token });
    await reply(app, a.token, t.id, 'berikutnya');
    expect((await next(events)).threadEvents).toMatchObject({ kind: 'POST_ADDED', post: { number: 3 } });
    await events.return?.();
  });

  it('shows who is viewing and typing', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const b = await app.user(Role.MEMBER, '14.08');
    const t = await newThread(app, a.token);
    const events = app.ws(b.token).iterate<ThreadEvt>({ query: THREAD_EVENTS, variables: { t: t.id } }) as Iter<ThreadEvt>;
    await settle();
    const presence = `mutation($t: ID!, $typing: Boolean, $leaving: Boolean) { updatePresence(threadId: $t, typing: $typing, leaving: $leaving) }`;
    await app.gql(presence, { t: t.id }, { token: b.token });
    expect((await next(events)).threadEvents).toMatchObject({ kind: 'PRESENCE', viewers: [{ id: String(b.user.id) }], typing: [] });
    await app.gql(presence, { t: t.id, typing: true }, { token: a.token });
    const typing = (await next(events)).threadEvents;
    expect(typing.viewers?.map((v) => v.id).sort()).toEqual([String(a.user.id), String(b.user.id)].sort());
    expect(typing.typing).toEqual([{ id: String(a.user.id) }]);
    await app.gql(presence, { t: t.id, leaving: true }, { token: a.token });
    expect((await next(events)).threadEvents).toMatchObject({ viewers: [{ id: String(b.user.id) }], typing: [] });
    await events.return?.();
  });

  it('stops showing a thread the subscriber can no longer read', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const b = await app.user(Role.MEMBER, '14.08');
    const t = await newThread(app, a.token);
    const events = app.ws(b.token).iterate<ThreadEvt & { threadEvents: { thread: { id: string } | null } }>({ query: `subscription($t: ID!) { threadEvents(threadId: $t) { kind thread { id } } }`, variables: { t: t.id } }) as Iter<{ threadEvents: { kind: string; thread: { id: string } | null } }>;
    await settle();
    await app.gql(`mutation($id: ID!) { deleteThread(threadId: $id) { id } }`, { id: t.id }, { token: a.token });
    expect((await next(events)).threadEvents).toEqual({ kind: 'THREAD_UPDATED', thread: null });
    await events.return?.();
  });
});

describe('shared execution per audience', () => {
  it('gives moderators, authors and other members each their own view of the same event', async () => {
    const author = await app.user(Role.MEMBER, '32.11');
    const others = await Promise.all([app.user(Role.MEMBER, '14.08'), app.user(Role.MEMBER, '19.02')]);
    const f = await app.user(Role.FACILITATOR);
    const t = await newThread(app, author.token);
    const p = await reply(app, author.token, t.id, 'isi yang akan disembunyikan');
    const Q = `subscription($t: ID!) { threadEvents(threadId: $t) { kind post { number body hiddenReason } } }`;
    type E = { threadEvents: { kind: string; post: { body: string | null; hiddenReason: string | null } | null } };
    const streams = [author, ...others, f].map((u) => app.ws(u.token).iterate<E>({ query: Q, variables: { t: t.id } }) as Iter<E>);
    await settle();
    await app.gql(`mutation($i: ModeratePostInput!) { moderatePost(input: $i) { id } }`, { i: { postId: p.id, action: 'HIDE', reason: 'Uji' } }, { token: f.token });
    const [forAuthor, forOther1, forOther2, forModerator] = await Promise.all(streams.map((s) => next(s)));
    expect(forAuthor.threadEvents.post).toEqual({ number: 2, body: '<p>isi yang akan disembunyikan</p>\n', hiddenReason: 'Uji' });
    expect(forOther1.threadEvents.post).toEqual({ number: 2, body: null, hiddenReason: null });
    expect(forOther2.threadEvents.post).toEqual({ number: 2, body: null, hiddenReason: null });
    expect(forModerator.threadEvents.post).toEqual({ number: 2, body: '<p>isi yang akan disembunyikan</p>\n', hiddenReason: 'Uji' });
    // Per-viewer fields are never shared: each member sees their own reaction state.
    const R = `subscription($t: ID!) { threadEvents(threadId: $t) { post { reactions { emoji reactedByMe } } } }`;
    type RE = { threadEvents: { post: { reactions: { reactedByMe: boolean }[] } | null } };
    const visible = await reply(app, author.token, t.id, 'untuk reaksi');
    const r1 = app.ws(others[0].token).iterate<RE>({ query: R, variables: { t: t.id } }) as Iter<RE>;
    const r2 = app.ws(others[1].token).iterate<RE>({ query: R, variables: { t: t.id } }) as Iter<RE>;
    await settle();
    await app.gql(`mutation($i: ToggleReactionInput!) { toggleReaction(input: $i) { id } }`, { i: { postId: visible.id, emoji: '👍' } }, { token: others[0].token });
    const [a, b] = await Promise.all([next(r1), next(r2)]);
    expect(a.threadEvents.post?.reactions).toEqual([{ emoji: '👍', reactedByMe: true }]);
    expect(b.threadEvents.post?.reactions).toEqual([{ emoji: '👍', reactedByMe: false }]);
    await Promise.all([...streams, r1, r2].map((s) => s.return?.()));
  });
});

describe('fan-out cost', () => {
  it('loads what an event needs once, whether 2 or 20 people have the thread open', async () => {
    const author = await app.user(Role.MEMBER, '32.11');
    const cost = async (subscribers: number) => {
      const t = await newThread(app, author.token);
      const viewers = await Promise.all(Array.from({ length: subscribers }, () => app.user(Role.MEMBER, '14.08')));
      const before = app.subscriptions().members;
      const streams = viewers.map((v) => app.ws(v.token).iterate<ThreadEvt>({ query: THREAD_EVENTS, variables: { t: t.id } }) as Iter<ThreadEvt>);
      // Every socket subscribed on the server before the post (a fixed pause was too short for 20 under a loaded CI).
      await until(() => app.subscriptions().members >= before + subscribers);
      app.queries.reset();
      await reply(app, author.token, t.id, 'satu untuk semua');
      const events = await Promise.all(streams.map((s) => next(s)));
      expect(events.every((e) => e.threadEvents.post?.number === 2)).toBe(true);
      // The outbox forgets delivered events in a batch a few ms later: counted in both rounds.
      await app.services.outbox.settled();
      // The WebSocket session sweep may run at any moment; it is not part of the event's cost.
      const n = app.queries.list().filter((q) => !q.includes('user_session')).length;
      await Promise.all(streams.map((s) => s.return?.()));
      // Gone on the server too, so the next round counts its own subscribers from a settled base.
      await until(() => app.subscriptions().members <= before);
      return n;
    };
    const two = await cost(2);
    const twenty = await cost(20);
    expect(twenty).toBe(two);
  });
});

describe('feedEvents and myNotifications', () => {
  it('announce new threads and bumps to feeds, and notifications to their user only', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const b = await app.user(Role.MEMBER, '14.08');
    const c = await app.user(Role.MEMBER, '19.02');
    const feed = app.ws(b.token).iterate<{ feedEvents: { kind: string; thread: { title: string } } }>({ query: `subscription { feedEvents { kind thread { title } } }` }) as Iter<{ feedEvents: { kind: string; thread: { title: string } } }>;
    const bNotes = app.ws(b.token).iterate<{ myNotifications: { kind: string; actor: { id: string } } }>({ query: `subscription { myNotifications { kind actor { id } } }` }) as Iter<{ myNotifications: { kind: string; actor: { id: string } } }>;
    const cNotes = app.ws(c.token).iterate<{ myNotifications: { kind: string } }>({ query: `subscription { myNotifications { kind } }` }) as Iter<{ myNotifications: { kind: string } }>;
    await settle();
    const t = await newThread(app, a.token, { title: 'Topik baru dari Sumedang', body: `Mohon masukan @${b.user.username}` });
    expect((await next(feed)).feedEvents).toEqual({ kind: 'THREAD_CREATED', thread: { title: 'Topik baru dari Sumedang' } });
    expect((await next(bNotes)).myNotifications).toEqual({ kind: 'MENTION', actor: { id: String(a.user.id) } });
    await reply(app, c.token, t.id, 'ikut');
    expect((await next(feed)).feedEvents).toMatchObject({ kind: 'THREAD_BUMPED' });
    await expect(next(cNotes, 400)).rejects.toThrow(/no event/);
    await Promise.all([feed.return?.(), bNotes.return?.(), cNotes.return?.()]);
  });
});

describe('myReadStates', () => {
  type RS = { myReadStates: { id: string; readState: { level: string; lastReadPostNumber: number; unreadCount: number } } | null };
  const READ_STATES = `subscription { myReadStates { id readState { level lastReadPostNumber unreadCount } } }`;

  it("tells a user's other tabs when they read, follow or post, and no one else", async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const b = await app.user(Role.MEMBER, '14.08');
    const t = await newThread(app, a.token);
    await reply(app, a.token, t.id, 'dua');
    await reply(app, a.token, t.id, 'tiga');
    const otherTab = app.ws(b.token).iterate<RS>({ query: READ_STATES }) as Iter<RS>;
    const someoneElse = app.ws(a.token).iterate<RS>({ query: READ_STATES }) as Iter<RS>;
    await settle();

    await app.gql(`mutation($t: ID!) { markThreadRead(threadId: $t, postNumber: 2) { id } }`, { t: t.id }, { token: b.token });
    expect((await next(otherTab)).myReadStates).toEqual({ id: t.id, readState: { level: 'NORMAL', lastReadPostNumber: 2, unreadCount: 1 } });
    await app.gql(`mutation($t: ID!) { followThread(threadId: $t, level: MUTED) { id } }`, { t: t.id }, { token: b.token });
    expect((await next(otherTab)).myReadStates).toEqual({ id: t.id, readState: { level: 'MUTED', lastReadPostNumber: 2, unreadCount: 0 } });
    await app.gql(`mutation($t: ID!) { followThread(threadId: $t, level: NORMAL) { id } }`, { t: t.id }, { token: b.token });
    await next(otherTab);
    await reply(app, b.token, t.id, 'empat');
    // Posting reads up to one's own post; the level b chose stays.
    expect((await next(otherTab)).myReadStates).toEqual({ id: t.id, readState: { level: 'NORMAL', lastReadPostNumber: 4, unreadCount: 0 } });
    // The thread's author saw none of b's changes, only their own.
    await expect(next(someoneElse, 400)).rejects.toThrow(/no event/);
    await Promise.all([otherTab.return?.(), someoneElse.return?.()]);
  });

  it('refuses anonymous sockets', async () => {
    const anon = app.ws().iterate<RS>({ query: READ_STATES }) as Iter<RS>;
    // Sockets without a session are closed at connect (4403), before any subscription.
    const refused = await anon.next().then(() => null, (err: unknown) => err);
    expect((refused as { code?: number } | null)?.code).toBe(4403);
  });
});
