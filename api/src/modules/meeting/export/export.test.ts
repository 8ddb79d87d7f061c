import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { MODERATE, VOTE, ask, liveSession } from '../../../../test/live-helpers.js';
import { categoryId } from '../../../../test/forum-helpers.js';
import { next, subscribed, type Iter } from '../../../../test/ws-helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const EXPORT = `query($s: ID!, $f: ExportFormat!) { liveSessionExport(sessionId: $s, format: $f) }`;

describe('after the meeting', () => {
  it('exports questions, answers, votes and polls as CSV and Markdown, keeping anonymous askers anonymous', async () => {
    const f = await app.user(Role.FACILITATOR);
    const named = await app.user(Role.MEMBER, '32.11', 'Bu Sekda Sumedang');
    const hidden = await app.user(Role.MEMBER, '14.08', 'Nama Tersembunyi');
    const s = await liveSession(app, f.token);
    const a = await ask(app, named.token, s.id, 'Kapan "studi tiru" dimulai, =SUM(A1)?');
    const b = await ask(app, hidden.token, s.id, 'Anggaran dari mana?', true);
    await app.gql(VOTE, { q: b.id }, { token: named.token });
    await app.gql(MODERATE, { i: { questionId: a.id, action: 'REPLY', answerText: 'Januari 2027' } }, { token: f.token });
    await app.gql(MODERATE, { i: { questionId: a.id, action: 'MARK_ANSWERED' } }, { token: f.token });
    const csv = (await app.gql<{ liveSessionExport: string }>(EXPORT, { s: s.id, f: 'CSV' }, { token: f.token })).data!.liveSessionExport;
    expect(csv.split('\r\n')[0]).toBe('type,id,status,text,votes,asked_by,answer,answered_at,created_at');
    expect(csv).toContain(`"Kapan ""studi tiru"" dimulai, =SUM(A1)?"`);
    expect(csv).toContain('Bu Sekda Sumedang');
    expect(csv).toContain('Anonim');
    expect(csv).not.toContain('Nama Tersembunyi');
    const md = (await app.gql<{ liveSessionExport: string }>(EXPORT, { s: s.id, f: 'MARKDOWN' }, { token: f.token })).data!.liveSessionExport;
    expect(md).toContain('# Notulen: Rapat Koordinasi Living Lab');
    expect(md).toContain('## Pertanyaan terjawab (1)');
    expect(md).toContain('  - Jawaban: Januari 2027');
    expect(md).toContain('**Anggaran dari mana?** (1 dukungan, Anonim)');
    expect(md).not.toContain('Nama Tersembunyi');
    expect((await app.gql(EXPORT, { s: s.id, f: 'CSV' }, { token: named.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('turns unanswered questions into forum questions in one action', async () => {
    const f = await app.user(Role.FACILITATOR);
    const m = await app.user(Role.MEMBER, '32.11');
    const s = await liveSession(app, f.token);
    await ask(app, m.token, s.id, 'Siapa yang memegang data kependudukan?');
    const answered = await ask(app, m.token, s.id, 'Sudah dijawab');
    await app.gql(MODERATE, { i: { questionId: answered.id, action: 'MARK_ANSWERED' } }, { token: f.token });
    const cat = await categoryId(app, f.token, 'studi-tiru');
    const CONVERT = `mutation($s: ID!, $c: ID!) { convertQuestionsToThreads(sessionId: $s, categoryId: $c) }`;
    expect((await app.gql(CONVERT, { s: s.id, c: cat }, { token: m.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql<{ convertQuestionsToThreads: number }>(CONVERT, { s: s.id, c: cat }, { token: f.token })).data).toEqual({ convertQuestionsToThreads: 1 });
    const threads = await app.gql<{ threads: { edges: { node: { title: string; type: string } }[] } }>(`query($c: ID) { threads(categoryId: $c) { edges { node { title type } } } }`, { c: cat }, { token: m.token });
    expect(threads.data?.threads.edges.map((e) => e.node)).toContainEqual({ title: 'Siapa yang memegang data kependudukan?', type: 'QUESTION' });
    // Converted questions are archived, so a second run makes no duplicates.
    expect((await app.gql<{ convertQuestionsToThreads: number }>(CONVERT, { s: s.id, c: cat }, { token: f.token })).data).toEqual({ convertQuestionsToThreads: 0 });
  });

  it('announces each thread it opens to the forum feed, with the new thread', async () => {
    const f = await app.user(Role.FACILITATOR);
    const reader = await app.user(Role.MEMBER, '14.08');
    const s = await liveSession(app, f.token);
    await ask(app, reader.token, s.id, 'Bagaimana menyusun arsitektur SPBE daerah?');
    await ask(app, reader.token, s.id, 'Siapa penanggung jawab data?');
    const cat = await categoryId(app, f.token, 'studi-tiru');
    type Feed = { feedEvents: { kind: string; threadId: string; thread: { title: string } | null } };
    const before = app.subscriptions().members;
    const feed = app.ws(reader.token).iterate<Feed>({ query: `subscription { feedEvents { kind threadId thread { title } } }` }) as Iter<Feed>;
    await subscribed(app, before, 1);
    const CONVERT = `mutation($s: ID!, $c: ID!) { convertQuestionsToThreads(sessionId: $s, categoryId: $c) }`;
    expect((await app.gql(CONVERT, { s: s.id, c: cat }, { token: f.token })).data).toEqual({ convertQuestionsToThreads: 2 });
    const events = [await next(feed), await next(feed)].map((e) => e.feedEvents);
    // Before the fix the event was queued before the threads had ids, and was dropped.
    expect(events.every((e) => e.kind === 'THREAD_CREATED' && Number(e.threadId) > 0)).toBe(true);
    expect(events.map((e) => e.thread?.title).sort()).toEqual(['Bagaimana menyusun arsitektur SPBE daerah?', 'Siapa penanggung jawab data?']);
    await feed.return?.();
  });
});
