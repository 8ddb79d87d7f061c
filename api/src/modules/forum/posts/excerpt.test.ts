import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { newThread, openingPostId, reply } from '../../../../test/forum-helpers.js';
import type { AbstractSqlDriver } from '@mikro-orm/knex';
import { Migration20261203020000_excerpt } from '../migrations/Migration20261203020000_excerpt.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const PAGE = `query($id: ID!) { thread(id: $id) { posts(first: 50) { edges { node { id number excerpt replyTo { number excerpt } } } } } }`;
type Node = { id: string; number: number; excerpt: string | null; replyTo: { number: number; excerpt: string | null } | null };
async function page(token: string, threadId: string): Promise<Node[]> {
  const res = await app.gql<{ thread: { posts: { edges: { node: Node }[] } } }>(PAGE, { id: threadId }, { token });
  return res.data!.thread.posts.edges.map((e) => e.node);
}
async function stored(postId: string): Promise<string> {
  const rows = await app.orm.em.fork().execute<{ excerpt: string }[]>(`select excerpt from forum_post where id = ?`, [Number(postId)]);
  return rows[0]!.excerpt;
}

describe('the stored excerpt', () => {
  it('is cooked when a post is written and again when it is edited, and quotes show the new one', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const t = await newThread(app, a.token);
    const quoted = await reply(app, a.token, t.id, 'Versi **pertama** &amp; lama');
    await reply(app, a.token, t.id, 'setuju', quoted.id);
    expect(await stored(quoted.id)).toBe('Versi pertama & lama');
    const edit = await app.gql(`mutation($i: UpdatePostInput!) { updatePost(input: $i) { id } }`, { i: { postId: quoted.id, body: 'Versi _kedua_:\n\n- baru' } }, { token: a.token });
    expect(edit.errors).toBeUndefined();
    expect(await stored(quoted.id)).toBe('Versi kedua: baru');
    const list = await page(a.token, t.id);
    expect(list[1]!.excerpt).toBe('Versi kedua: baru');
    expect(list[2]!.replyTo).toEqual({ number: 2, excerpt: 'Versi kedua: baru' });
  });

  it('follows an edit of the opening post through updateThread', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const t = await newThread(app, a.token);
    const opening = await openingPostId(app, a.token, t.id);
    const res = await app.gql(`mutation($i: UpdateThreadInput!) { updateThread(input: $i) { id } }`, { i: { threadId: t.id, body: 'Pembuka **baru**' } }, { token: a.token });
    expect(res.errors).toBeUndefined();
    expect(await stored(opening)).toBe('Pembuka baru');
  });

  it('is what reads show: a page does no markdown work, it returns the column as stored', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const t = await newThread(app, a.token);
    const quoted = await reply(app, a.token, t.id, 'teks asli');
    await reply(app, a.token, t.id, 'mengutip', quoted.id);
    // A value no rendering of the markdown could give: if a read rendered, it would show 'teks asli'.
    await app.orm.em.fork().execute(`update forum_post set excerpt = 'dari kolom' where id = ?`, [Number(quoted.id)]);
    const list = await page(a.token, t.id);
    expect(list[1]!.excerpt).toBe('dari kolom');
    expect(list[2]!.replyTo).toEqual({ number: 2, excerpt: 'dari kolom' });
  });

  it('is filled for existing posts by the migration, with the function writes use', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const t = await newThread(app, a.token);
    const p = await reply(app, a.token, t.id, '**Tebal** &lt;tag&gt; dan\n\n`kode`');
    const knex = app.orm.em.getConnection().getKnex();
    const trx = await knex.transaction();
    try {
      // The schema as it was before: no excerpt column, posts already there.
      await trx.raw(`alter table forum_post drop column excerpt`);
      const migration = new Migration20261203020000_excerpt(app.orm.em.getDriver() as AbstractSqlDriver, app.orm.config);
      migration.setTransactionContext(trx);
      await migration.up();
      const rows = (await trx.raw(`select id, excerpt, (select count(*) from forum_post where excerpt is null)::int as missing from forum_post where id = ?`, [Number(p.id)])) as { rows: { excerpt: string; missing: number }[] };
      expect(rows.rows[0]).toEqual({ id: Number(p.id), excerpt: 'Tebal <tag> dan kode', missing: 0 });
    } finally {
      await trx.rollback();
    }
  });
});
