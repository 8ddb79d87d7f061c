import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../test/harness.js';
import { categoryId, newThread, openingPostId, reply } from '../../../test/forum-helpers.js';
import { query } from '../../core/db/query.js';
import { sql } from '../../core/db/sql.js';

/** Everything a forum mutation could change, as one fingerprint (rows of each table, in order). */
async function forumState(): Promise<string> {
  await app.services.outbox.settled();
  const [row] = await query<{ state: string }>(
    app.orm.em,
    sql`select concat_ws('|',
      (select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from forum_thread t),
      (select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from forum_post t),
      (select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from forum_post_revision t),
      (select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from forum_reaction t),
      (select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from forum_flag t),
      (select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from forum_thread_user t),
      (select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from forum_thread_region t),
      (select md5(coalesce(string_agg(t::text, ',' order by t::text), '')) from notification t),
      (select count(*) from outbox_event)) as state`,
  );
  return row!.state;
}

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

type Who = 'author' | 'member' | 'facilitator' | 'signedOut';
type Case = { name: string; query: string; vars: (ids: Ids) => Record<string, unknown>; allowed: Who[] };
type Ids = { thread: string; question: string; opening: string; reply: string; category: string };

// Every forum mutation against each kind of caller. `allowed` callers must succeed; the others
// get UNAUTHENTICATED (signed out) or FORBIDDEN, and nothing changes for them.
const cases: Case[] = [
  { name: 'createThread', query: `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`, vars: (x) => ({ i: { categoryId: x.category, title: 'Topik untuk uji izin', body: 'isi' } }), allowed: ['author', 'member', 'facilitator'] },
  { name: 'updateThread', query: `mutation($i: UpdateThreadInput!) { updateThread(input: $i) { id } }`, vars: (x) => ({ i: { threadId: x.thread, title: 'Judul diubah oleh uji' } }), allowed: ['author', 'facilitator'] },
  { name: 'createPost', query: `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`, vars: (x) => ({ i: { threadId: x.thread, body: 'balasan' } }), allowed: ['author', 'member', 'facilitator'] },
  { name: 'updatePost', query: `mutation($i: UpdatePostInput!) { updatePost(input: $i) { id } }`, vars: (x) => ({ i: { postId: x.reply, body: 'diubah' } }), allowed: ['author', 'facilitator'] },
  { name: 'toggleReaction', query: `mutation($i: ToggleReactionInput!) { toggleReaction(input: $i) { id } }`, vars: (x) => ({ i: { postId: x.reply, emoji: '🙏' } }), allowed: ['author', 'member', 'facilitator'] },
  { name: 'flagPost', query: `mutation($p: ID!) { flagPost(postId: $p, reason: "uji laporan") { id } }`, vars: (x) => ({ p: x.reply }), allowed: ['member', 'facilitator'] },
  { name: 'acceptAnswer', query: `mutation($t: ID!, $p: ID) { acceptAnswer(threadId: $t, postId: $p) { id } }`, vars: (x) => ({ t: x.question, p: null }), allowed: ['author', 'facilitator'] },
  { name: 'followThread', query: `mutation($t: ID!) { followThread(threadId: $t, level: TRACKING) { id } }`, vars: (x) => ({ t: x.thread }), allowed: ['author', 'member', 'facilitator'] },
  { name: 'markThreadRead', query: `mutation($t: ID!) { markThreadRead(threadId: $t) { id } }`, vars: (x) => ({ t: x.thread }), allowed: ['author', 'member', 'facilitator'] },
  { name: 'updatePresence', query: `mutation($t: ID!) { updatePresence(threadId: $t) }`, vars: (x) => ({ t: x.thread }), allowed: ['author', 'member', 'facilitator'] },
  { name: 'markNotificationsRead', query: `mutation { markNotificationsRead }`, vars: () => ({}), allowed: ['author', 'member', 'facilitator'] },
  { name: 'moderatePost', query: `mutation($i: ModeratePostInput!) { moderatePost(input: $i) { id } }`, vars: (x) => ({ i: { postId: x.reply, action: 'DISMISS_FLAGS' } }), allowed: ['facilitator'] },
  { name: 'moderateThread', query: `mutation($i: ModerateThreadInput!) { moderateThread(input: $i) { id } }`, vars: (x) => ({ i: { threadId: x.thread, action: 'UNPIN' } }), allowed: ['facilitator'] },
  { name: 'deletePost', query: `mutation($p: ID!) { deletePost(postId: $p) { id } }`, vars: (x) => ({ p: x.reply }), allowed: ['author', 'facilitator'] },
  { name: 'deleteThread', query: `mutation($t: ID!) { deleteThread(threadId: $t) { id } }`, vars: (x) => ({ t: x.thread }), allowed: ['author', 'facilitator'] },
];

describe('forum authorization', () => {
  for (const c of cases) {
    it(`${c.name}: allowed for ${c.allowed.join(', ')}`, async () => {
      const author = await app.user(Role.MEMBER, '32.11');
      const member = await app.user(Role.MEMBER, '14.08');
      const facilitator = await app.user(Role.FACILITATOR);
      const thread = await newThread(app, author.token);
      const question = await newThread(app, author.token, { type: 'QUESTION' });
      const ids: Ids = {
        thread: thread.id,
        question: question.id,
        opening: await openingPostId(app, author.token, thread.id),
        reply: (await reply(app, author.token, thread.id, 'balasan penulis')).id,
        category: await categoryId(app, author.token),
      };
      const tokens: Record<Who, string | undefined> = { author: author.token, member: member.token, facilitator: facilitator.token, signedOut: undefined };
      // Denied callers first: a refused call must not change what the allowed ones then do.
      const order: Who[] = ['signedOut', 'member', 'author', 'facilitator'].filter((w) => !c.allowed.includes(w as Who)).concat(c.allowed) as Who[];
      const before = await forumState();
      for (const who of order) {
        const res = await app.gql(c.query, c.vars(ids), { token: tokens[who] });
        if (c.allowed.includes(who)) {
          expect(res.errors, `${c.name} as ${who}`).toBeUndefined();
          if (['deletePost', 'deleteThread'].includes(c.name)) break;
        } else {
          expect(res.errors?.[0].extensions?.code, `${c.name} as ${who}`).toBe(who === 'signedOut' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
          expect(await forumState(), `${c.name} as ${who} changed something`).toBe(before);
        }
      }
    });
  }
});
