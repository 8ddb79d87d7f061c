import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { newThread, reply } from '../../../../test/forum-helpers.js';
import { Reaction } from '../posts/reaction.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const TOGGLE = `mutation($i: ToggleReactionInput!) { toggleReaction(input: $i) { reactions { emoji count reactedByMe users { id } } } }`;

describe('reactions', () => {
  it('toggle on and off, with counts and who reacted', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const b = await app.user(Role.MEMBER, '14.08');
    const t = await newThread(app, a.token);
    const p = await reply(app, a.token, t.id, 'Bagus');
    await app.gql(TOGGLE, { i: { postId: p.id, emoji: '👍' } }, { token: a.token });
    const res = await app.gql<{ toggleReaction: { reactions: unknown[] } }>(TOGGLE, { i: { postId: p.id, emoji: '👍' } }, { token: b.token });
    expect(res.data?.toggleReaction.reactions).toEqual([{ emoji: '👍', count: 2, reactedByMe: true, users: [{ id: String(a.user.id) }, { id: String(b.user.id) }] }]);
    const off = await app.gql<{ toggleReaction: { reactions: unknown[] } }>(TOGGLE, { i: { postId: p.id, emoji: '👍' } }, { token: b.token });
    expect(off.data?.toggleReaction.reactions).toEqual([{ emoji: '👍', count: 1, reactedByMe: false, users: [{ id: String(a.user.id) }] }]);
  });

  it('rejects reacting twice explicitly, and emojis outside the set, without changing anything', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const t = await newThread(app, a.token);
    const p = await reply(app, a.token, t.id, 'x');
    await app.gql(TOGGLE, { i: { postId: p.id, emoji: '🎉', on: true } }, { token: a.token });
    const twice = await app.gql(TOGGLE, { i: { postId: p.id, emoji: '🎉', on: true } }, { token: a.token });
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
    const odd = await app.gql(TOGGLE, { i: { postId: p.id, emoji: '💩' } }, { token: a.token });
    expect(odd.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await app.orm.em.fork().count(Reaction, { post: Number(p.id) })).toBe(1);
  });

  it('lands 200 simultaneous reactions by distinct users exactly', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const t = await newThread(app, a.token);
    const p = await reply(app, a.token, t.id, 'Mohon dukungan');
    const users = await Promise.all(Array.from({ length: 200 }, () => app.user(Role.MEMBER, '32.11')));
    const results = await Promise.all(users.map((u) => app.gql(TOGGLE, { i: { postId: p.id, emoji: '❤️' } }, { token: u.token })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(await app.orm.em.fork().count(Reaction, { post: Number(p.id), emoji: '❤️' })).toBe(200);
    const view = await app.gql<{ thread: { posts: { edges: { node: { reactions: { count: number }[] } }[] } } }>(
      `query($id: ID!) { thread(id: $id) { posts(first: 2) { edges { node { reactions { count } } } } } }`,
      { id: t.id },
      { token: a.token },
    );
    expect(view.data?.thread.posts.edges[1].node.reactions).toEqual([{ count: 200 }]);

    // Half take theirs back while the other half add a second one, all at once: the page counts what the table holds.
    const mixed = await Promise.all(users.map((u, i) => app.gql(TOGGLE, { i: { postId: p.id, emoji: i % 2 ? '🎉' : '❤️' } }, { token: u.token })));
    expect(mixed.filter((r) => r.errors)).toEqual([]);
    const stored = await app.orm.em.fork().execute<{ emoji: string; count: number }[]>(
      `select emoji, count(*)::int as count from forum_reaction where post_id = ? group by emoji order by emoji = '❤️' desc`,
      [Number(p.id)],
    );
    const after = await app.gql<{ thread: { posts: { edges: { node: { reactions: { emoji: string; count: number }[] } }[] } } }>(
      `query($id: ID!) { thread(id: $id) { posts(first: 2) { edges { node { reactions { emoji count } } } } } }`,
      { id: t.id },
      { token: a.token },
    );
    expect(stored).toEqual([{ emoji: '❤️', count: 100 }, { emoji: '🎉', count: 100 }]);
    expect(after.data?.thread.posts.edges[1].node.reactions).toEqual(stored);
  }, 120_000);

  it('does not wait on the post row: a toggle lands while the post is held by an edit', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const b = await app.user(Role.MEMBER, '14.08');
    const t = await newThread(app, a.token);
    const p = await reply(app, a.token, t.id, 'Sedang disunting');
    let toggle: Promise<unknown> | undefined;
    const outcome = await app.orm.em.fork().transactional(async (em) => {
      // The row lock any update of the post takes (edit, hide, delete), held until this transaction ends.
      await em.execute(`select id from forum_post where id = ? for no key update`, [Number(p.id)]);
      toggle = app.gql(TOGGLE, { i: { postId: p.id, emoji: '🙏' } }, { token: b.token });
      let timer: NodeJS.Timeout | undefined;
      const waited = new Promise<string>((resolve) => (timer = setTimeout(() => resolve('still waiting after 5 s'), 5000)));
      const landed = toggle.then((r) => JSON.stringify((r as { errors?: unknown }).errors ?? 'landed'));
      return Promise.race([landed, waited]).finally(() => clearTimeout(timer));
    });
    await toggle;
    expect(outcome).toBe('"landed"');
    expect(await app.orm.em.fork().count(Reaction, { post: Number(p.id), emoji: '🙏' })).toBe(1);
  }, 30_000);

  it('ends consistent when one person toggles 50 times at once', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const t = await newThread(app, a.token);
    const p = await reply(app, a.token, t.id, 'x');
    await Promise.all(Array.from({ length: 50 }, () => app.gql(TOGGLE, { i: { postId: p.id, emoji: '💡' } }, { token: a.token })));
    // Toggles apply one after another: an even number leaves it off.
    expect(await app.orm.em.fork().count(Reaction, { post: Number(p.id) })).toBe(0);
    await Promise.all(Array.from({ length: 20 }, () => app.gql(TOGGLE, { i: { postId: p.id, emoji: '💡', on: true } }, { token: a.token })));
    expect(await app.orm.em.fork().count(Reaction, { post: Number(p.id) })).toBe(1);
  });
});

const NOTIFS = `{ unreadNotificationCount notifications(first: 20) { totalCount edges { node { id kind actor { id } thread { id } post { number } readAt } } } }`;
type Notifs = { unreadNotificationCount: number; notifications: { totalCount: number; edges: { node: { id: string; kind: string; actor: { id: string }; thread: { id: string }; post: { number: number } } }[] } };

describe('notifications', () => {
  it('tell about replies, mentions (once per post), accepted answers and watched threads', async () => {
    const asker = await app.user(Role.MEMBER, '32.11', 'Asker');
    const helper = await app.user(Role.MEMBER, '14.08', 'Helper');
    const watcher = await app.user(Role.FACILITATOR, undefined, 'Watcher');
    const t = await newThread(app, asker.token, { type: 'QUESTION' });
    await app.gql(`mutation($t: ID!) { followThread(threadId: $t, level: WATCHING) { id } }`, { t: t.id }, { token: watcher.token });
    // Helper replies and mentions the asker too: one notification for the asker (a mention).
    const r = await reply(app, helper.token, t.id, `Halo @${asker.user.username}, pakai templat ini.`);
    await app.gql(`mutation($t: ID!, $p: ID) { acceptAnswer(threadId: $t, postId: $p) { id } }`, { t: t.id, p: r.id }, { token: asker.token });
    const forAsker = (await app.gql<Notifs>(NOTIFS, {}, { token: asker.token })).data!;
    expect(forAsker.notifications.edges.map((e) => e.node.kind)).toEqual(['MENTION']);
    expect(forAsker.notifications.edges[0].node).toMatchObject({ actor: { id: String(helper.user.id) }, thread: { id: t.id }, post: { number: 2 } });
    const forHelper = (await app.gql<Notifs>(NOTIFS, {}, { token: helper.token })).data!;
    expect(forHelper.notifications.edges.map((e) => e.node.kind)).toEqual(['ACCEPTED_ANSWER']);
    const forWatcher = (await app.gql<Notifs>(NOTIFS, {}, { token: watcher.token })).data!;
    expect(forWatcher.notifications.edges.map((e) => e.node.kind)).toEqual(['THREAD_ACTIVITY']);

    // The helper now tracks the thread (posted in it); a reply to the helper's post notifies the helper.
    await reply(app, asker.token, t.id, 'Terima kasih!', r.id);
    const again = (await app.gql<Notifs>(NOTIFS, {}, { token: helper.token })).data!;
    expect(again.unreadNotificationCount).toBe(2);
    expect(again.notifications.edges[0].node.kind).toBe('REPLY');

    const left = await app.gql<{ markNotificationsRead: number }>(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [again.notifications.edges[0].node.id] }, { token: helper.token });
    expect(left.data?.markNotificationsRead).toBe(1);
    const none = await app.gql<{ markNotificationsRead: number }>(`mutation { markNotificationsRead }`, {}, { token: helper.token });
    expect(none.data?.markNotificationsRead).toBe(0);
  });

  it('stay silent for muted threads and for your own actions', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const b = await app.user(Role.MEMBER, '14.08');
    const t = await newThread(app, a.token);
    await app.gql(`mutation($t: ID!) { followThread(threadId: $t, level: MUTED) { readState { level unreadCount } } }`, { t: t.id }, { token: a.token });
    await reply(app, b.token, t.id, `@${a.user.username} ada yang baru`);
    await reply(app, a.token, t.id, 'catatan sendiri');
    const n = (await app.gql<Notifs>(NOTIFS, {}, { token: a.token })).data!;
    expect(n.notifications.totalCount).toBe(0);
  });
});

describe('unread tracking', () => {
  it('counts unread posts per user and jumps to the first unread', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const b = await app.user(Role.MEMBER, '14.08');
    const t = await newThread(app, a.token);
    const STATE = `query($id: ID!) { thread(id: $id) { readState { level lastReadPostNumber unreadCount firstUnreadPostNumber } } }`;
    const fresh = await app.gql<{ thread: { readState: Record<string, unknown> } }>(STATE, { id: t.id }, { token: b.token });
    expect(fresh.data?.thread.readState).toEqual({ level: 'NORMAL', lastReadPostNumber: 0, unreadCount: 1, firstUnreadPostNumber: 1 });
    await app.gql(`mutation($t: ID!) { markThreadRead(threadId: $t) { id } }`, { t: t.id }, { token: b.token });
    for (let i = 0; i < 3; i++) await reply(app, a.token, t.id, `kabar ${i}`);
    const state = await app.gql<{ thread: { readState: Record<string, unknown> } }>(STATE, { id: t.id }, { token: b.token });
    expect(state.data?.thread.readState).toEqual({ level: 'NORMAL', lastReadPostNumber: 1, unreadCount: 3, firstUnreadPostNumber: 2 });
    const page = await app.gql<{ thread: { posts: { edges: { node: { number: number } }[] } } }>(`query($id: ID!) { thread(id: $id) { posts(first: 2, fromNumber: 2) { edges { node { number } } } } }`, { id: t.id }, { token: b.token });
    expect(page.data?.thread.posts.edges.map((e) => e.node.number)).toEqual([2, 3]);
    // The read marker never moves back.
    await app.gql(`mutation($t: ID!) { markThreadRead(threadId: $t, postNumber: 3) { id } }`, { t: t.id }, { token: b.token });
    await app.gql(`mutation($t: ID!) { markThreadRead(threadId: $t, postNumber: 2) { id } }`, { t: t.id }, { token: b.token });
    const after = await app.gql<{ thread: { readState: { unreadCount: number } } }>(STATE, { id: t.id }, { token: b.token });
    expect(after.data?.thread.readState.unreadCount).toBe(1);
    const mine = await app.gql<{ thread: { readState: { level: string; unreadCount: number } } }>(STATE, { id: t.id }, { token: a.token });
    expect(mine.data?.thread.readState).toMatchObject({ level: 'WATCHING', unreadCount: 0 });
  });
});

describe('feed', () => {
  it('filters by category, region, indicator, tag and type, and sorts', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const marker = `tag${Date.now() % 100000}`;
    const t1 = await newThread(app, a.token, { title: 'Satu data daerah', regionCodes: ['32.11'], indicatorNumbers: [3], tags: [marker] });
    const t2 = await newThread(app, a.token, { title: 'Pusat data bersama', regionCodes: ['14.08'], indicatorNumbers: [5], tags: [marker], type: 'QUESTION' });
    await reply(app, a.token, t1.id, 'bump');
    const q = `query($tag: String, $r: String, $i: Int, $type: ThreadType, $sort: ThreadSort) { threads(tag: $tag, regionCode: $r, indicator: $i, type: $type, sort: $sort) { totalCount edges { node { id } } } }`;
    const ids = async (vars: Record<string, unknown>) => (await app.gql<{ threads: { edges: { node: { id: string } }[] } }>(q, { tag: marker, ...vars }, { token: a.token })).data!.threads.edges.map((e) => e.node.id);
    expect(await ids({})).toEqual([t1.id, t2.id]);
    expect(await ids({ sort: 'NEWEST' })).toEqual([t2.id, t1.id]);
    expect(await ids({ sort: 'MOST_REPLIES' })).toEqual([t1.id, t2.id]);
    expect(await ids({ r: '14.08' })).toEqual([t2.id]);
    expect(await ids({ i: 3 })).toEqual([t1.id]);
    expect(await ids({ type: 'QUESTION' })).toEqual([t2.id]);
  });

  it('pages with cursors', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const marker = `page${Date.now() % 100000}`;
    for (let i = 0; i < 5; i++) await newThread(app, a.token, { title: `Topik nomor ${i}`, tags: [marker] });
    const q = `query($after: String, $tag: String) { threads(first: 2, after: $after, tag: $tag) { totalCount edges { node { title } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: { data?: { threads: { edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } } = await app.gql(q, { after, tag: marker }, { token: a.token });
      seen.push(...res.data!.threads.edges.map((e) => e.node.title));
      if (!res.data!.threads.pageInfo.hasNextPage) break;
      after = res.data!.threads.pageInfo.endCursor;
    }
    expect(seen).toEqual(['Topik nomor 4', 'Topik nomor 3', 'Topik nomor 2', 'Topik nomor 1', 'Topik nomor 0']);
  });
});

describe('mentions autocomplete', () => {
  const MENTIONS = `query($s: String!, $n: Int) { mentionableUsers(search: $s, first: $n) { username name } }`;
  const names = async (token: string | undefined, search: string, first?: number) => {
    const res = await app.gql<{ mentionableUsers: { username: string; name: string }[] }>(MENTIONS, { s: search, n: first }, { token });
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.mentionableUsers.map((u) => u.username);
  };

  it('finds people by username prefix (with or without @, any case) and by a part of their name', async () => {
    const rina = await app.user(Role.MEMBER, '32.11', 'Rina Kominfo');
    const other = await app.user(Role.MEMBER, '14.08', 'Budi Santoso');
    expect(await names(other.token, `@${rina.user.username.toUpperCase()}`)).toEqual([rina.user.username]);
    expect(await names(other.token, 'kominf')).toContain(rina.user.username);
    expect(await names(other.token, 'kominf')).not.toContain(other.user.username);
    // Not an infix of the username: "user12" must not find "user123"'s neighbours by their middle.
    expect(await names(other.token, rina.user.username.slice(2))).not.toContain(rina.user.username);
  });

  it('treats LIKE wildcards as text, answers nothing for an empty search, and caps the page', async () => {
    const a = await app.user(Role.MEMBER, '32.11', 'Penguji Wildcard');
    expect(await names(a.token, '%')).toEqual([]);
    expect(await names(a.token, '_')).toEqual([]);
    expect(await names(a.token, '@')).toEqual([]);
    await app.users(25, '32.11');
    expect(await names(a.token, 'bulk', 100)).toHaveLength(20);
    expect(await names(a.token, 'bulk', 3)).toHaveLength(3);
  });

  it('is for signed-in members only', async () => {
    const res = await app.gql(MENTIONS, { s: 'rina' });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
