import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { newThread, reply } from '../../../../test/forum-helpers.js';
import { liveSession } from '../../../../test/live-helpers.js';

/** References kept as plain ids in the entities are enforced by the database. */
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const sqlError = (sql: string, params: unknown[] = []) =>
  app.orm.em
    .fork()
    .execute(sql, params)
    .then(() => null, (e: { code?: string }) => e.code ?? 'error');

describe('plain-id references', () => {
  it('refuse a reply to, an accepted answer or a notification about a post that does not exist', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const t = await newThread(app, a.token, { title: 'Rujukan yang ditegakkan', body: 'Isi pertama.' });
    // 23503: foreign_key_violation.
    expect(await sqlError(`update forum_post set reply_to_id = 999999999 where thread_id = ?`, [t.id])).toBe('23503');
    expect(await sqlError(`update forum_thread set accepted_post_id = 999999999 where id = ?`, [t.id])).toBe('23503');
    expect(await sqlError(`insert into notification (user_id, kind, post_id) values (?, 'MENTION', 999999999)`, [a.user.id])).toBe('23503');
    const s = await liveSession(app, (await app.user(Role.FACILITATOR)).token);
    expect(await sqlError(`update live_session set highlighted_question_id = 999999999 where id = ?`, [s.id])).toBe('23503');
  });

  it('let a post go: replies keep their text and lose the reference, its notifications go', async () => {
    const a = await app.user(Role.MEMBER, '32.11');
    const t = await newThread(app, a.token, { title: 'Rujukan yang dilepas', body: 'Isi pertama.' });
    await reply(app, a.token, t.id, 'Balasan kedua.');
    const em = app.orm.em.fork();
    const [first, second] = await em.execute<{ id: number }[]>(`select id from forum_post where thread_id = ? order by number`, [t.id]);
    await em.execute(`update forum_post set reply_to_id = ? where id = ?`, [first!.id, second!.id]);
    await em.execute(`insert into notification (user_id, kind, thread_id, post_id) values (?, 'MENTION', ?, ?)`, [a.user.id, t.id, first!.id]);
    await em.execute(`delete from forum_reaction where post_id = ?`, [first!.id]);
    await em.execute(`delete from forum_post_revision where post_id = ?`, [first!.id]);
    await em.execute(`delete from forum_post where id = ?`, [first!.id]);
    expect(await em.execute(`select reply_to_id from forum_post where id = ?`, [second!.id])).toEqual([{ reply_to_id: null }]);
    expect(await em.execute(`select count(*)::int as n from notification where post_id = ?`, [first!.id])).toEqual([{ n: 0 }]);
  });
});
