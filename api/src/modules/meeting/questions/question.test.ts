import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { ASK, MODERATE, VOTE, ask, liveSession } from '../../../../test/live-helpers.js';
import { Question, QuestionVote } from './question.entity.js';
import { LiveSession } from '../sessions/live-session.entity.js';
import { makeContext } from '../../../core/request-context.js';
import { runCommand } from '../../../core/commands/runner.js';
import { toggleQuestionVoteCommand } from './question.commands.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const QUESTIONS = `query($c: String!) { liveSession(code: $c) { questions { id text status voteCount votedByMe askedByMe askedBy { name } } } }`;
type Q = { id: string; text: string; status: string; voteCount: number; votedByMe: boolean; askedByMe: boolean; askedBy: { name: string } | null };

describe('asking', () => {
  it('refuses empty and over-long questions, and closed sessions, without storing', async () => {
    const f = await app.user(Role.FACILITATOR);
    const m = await app.user(Role.MEMBER, '32.11');
    const s = await liveSession(app, f.token);
    const before = await app.orm.em.fork().count(Question);
    for (const t of ['', '   ', 'x'.repeat(501)]) {
      expect((await app.gql(ASK, { s: s.id, t }, { token: m.token, headers: { 'accept-language': 'en' } })).errors?.[0]).toMatchObject({ message: 'A question must be 1 to 500 characters', extensions: { code: 'BAD_USER_INPUT' } });
    }
    expect((await app.gql(ASK, { s: '999999', t: 'Halo?' }, { token: m.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await app.gql(`mutation($s: ID!) { setLiveSessionState(sessionId: $s, state: CLOSED) { id } }`, { s: s.id }, { token: f.token });
    expect((await app.gql(ASK, { s: s.id, t: 'Masih bisa?' }, { token: m.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await app.orm.em.fork().count(Question)).toBe(before);
  });

  it('keeps anonymous askers hidden from everyone but moderators', async () => {
    const f = await app.user(Role.FACILITATOR);
    const asker = await app.user(Role.MEMBER, '32.11', 'Penanya Rahasia');
    const other = await app.user(Role.MEMBER, '14.08');
    const s = await liveSession(app, f.token);
    await ask(app, asker.token, s.id, 'Apakah anggaran SPBE cukup?', true);
    const seenByOther = (await app.gql<{ liveSession: { questions: Q[] } }>(QUESTIONS, { c: s.code }, { token: other.token })).data!.liveSession.questions;
    expect(seenByOther[0]).toMatchObject({ askedBy: null, askedByMe: false });
    expect(JSON.stringify(seenByOther)).not.toContain('Penanya Rahasia');
    const seenByAsker = (await app.gql<{ liveSession: { questions: Q[] } }>(QUESTIONS, { c: s.code }, { token: asker.token })).data!.liveSession.questions;
    expect(seenByAsker[0]).toMatchObject({ askedBy: null, askedByMe: true });
    const seenByModerator = (await app.gql<{ liveSession: { questions: Q[] } }>(QUESTIONS, { c: s.code }, { token: f.token })).data!.liveSession.questions;
    expect(seenByModerator[0].askedBy).toEqual({ name: 'Penanya Rahasia' });
    const noAnon = await liveSession(app, f.token, { allowAnonymous: false });
    expect((await app.gql(ASK, { s: noAnon.id, t: 'Boleh anonim?', a: true }, { token: asker.token })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('holds questions for approval in pre-moderated sessions', async () => {
    const f = await app.user(Role.FACILITATOR);
    const asker = await app.user(Role.MEMBER, '32.11');
    const other = await app.user(Role.MEMBER, '14.08');
    const s = await liveSession(app, f.token, { preModeration: true });
    const q = await ask(app, asker.token, s.id, 'Menunggu persetujuan?');
    expect(q.status).toBe('PENDING');
    const list = async (token: string) => (await app.gql<{ liveSession: { questions: Q[] } }>(QUESTIONS, { c: s.code }, { token })).data!.liveSession.questions.map((x) => x.id);
    expect(await list(other.token)).toEqual([]);
    expect(await list(asker.token)).toEqual([q.id]);
    expect((await app.gql(MODERATE, { i: { questionId: q.id, action: 'APPROVE' } }, { token: other.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await app.gql(MODERATE, { i: { questionId: q.id, action: 'APPROVE' } }, { token: f.token });
    expect(await list(other.token)).toEqual([q.id]);
  });

  it('lets the asker edit or withdraw before an answer, not others', async () => {
    const f = await app.user(Role.FACILITATOR);
    const asker = await app.user(Role.MEMBER, '32.11');
    const other = await app.user(Role.MEMBER, '14.08');
    const s = await liveSession(app, f.token);
    const q = await ask(app, asker.token, s.id, 'Versi pertama');
    const EDIT = `mutation($q: ID!, $t: String!) { editQuestion(questionId: $q, text: $t) { text } }`;
    expect((await app.gql(EDIT, { q: q.id, t: 'Dibajak' }, { token: other.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(EDIT, { q: q.id, t: 'Versi kedua' }, { token: asker.token })).data).toEqual({ editQuestion: { text: 'Versi kedua' } });
    await app.gql(MODERATE, { i: { questionId: q.id, action: 'MARK_ANSWERED' } }, { token: f.token });
    expect((await app.gql(EDIT, { q: q.id, t: 'Telat' }, { token: asker.token })).errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('rate-limits question submission per participant', async () => {
    const f = await app.user(Role.FACILITATOR);
    const m = await app.user(Role.MEMBER, '32.11');
    const s = await liveSession(app, f.token);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) codes.push((await app.gql(ASK, { s: s.id, t: `Pertanyaan ${i}` }, { token: m.token })).errors?.[0].extensions?.code as string | undefined);
    expect(codes).toEqual([undefined, undefined, undefined, undefined, undefined, 'RATE_LIMITED']);
  });
});

describe('votes', () => {
  it('1,000 distinct participants upvoting at once count exactly 1,000', async () => {
    const f = await app.user(Role.FACILITATOR);
    const s = await liveSession(app, f.token);
    const q = await ask(app, f.token, s.id, 'Pertanyaan populer');
    const tokens = await app.users(1000, '32.11');
    const results = await Promise.all(tokens.map((t) => app.gql(VOTE, { q: q.id }, { token: t })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const stored = await app.orm.em.fork().findOneOrFail(Question, Number(q.id));
    expect(stored.voteCount).toBe(1000);
    expect(await app.orm.em.fork().count(QuestionVote, { question: Number(q.id) })).toBe(1000);
  }, 120_000);

  it('one participant toggling 100 times in parallel ends consistent', async () => {
    const f = await app.user(Role.FACILITATOR);
    const m = await app.user(Role.MEMBER, '32.11');
    const s = await liveSession(app, f.token);
    const q = await ask(app, f.token, s.id, 'Pertanyaan bolak-balik');
    await Promise.all(Array.from({ length: 100 }, () => app.gql(VOTE, { q: q.id }, { token: m.token })));
    const stored = await app.orm.em.fork().findOneOrFail(Question, Number(q.id));
    const rows = await app.orm.em.fork().count(QuestionVote, { question: Number(q.id) });
    // Racing toggles may collapse into one another, but the counter always equals the votes stored,
    // and one participant never counts twice.
    expect(stored.voteCount).toBe(rows);
    expect(rows).toBeLessThanOrEqual(1);
    const mine = (await app.gql<{ liveSession: { questions: Q[] } }>(QUESTIONS, { c: s.code }, { token: m.token })).data!.liveSession.questions[0];
    expect(mine).toMatchObject({ voteCount: rows, votedByMe: rows === 1 });
  });

  it('two moderators highlighting at once leave exactly one highlighted question', async () => {
    const f1 = await app.user(Role.FACILITATOR);
    const f2 = await app.user(Role.ADMIN);
    const s = await liveSession(app, f1.token);
    const a = await ask(app, f1.token, s.id, 'Pertanyaan A');
    const b = await ask(app, f2.token, s.id, 'Pertanyaan B');
    await Promise.all([
      app.gql(MODERATE, { i: { questionId: a.id, action: 'HIGHLIGHT' } }, { token: f1.token }),
      app.gql(MODERATE, { i: { questionId: b.id, action: 'HIGHLIGHT' } }, { token: f2.token }),
    ]);
    const session = await app.orm.em.fork().findOneOrFail(LiveSession, Number(s.id));
    expect([Number(a.id), Number(b.id)]).toContain(session.highlightedQuestionId);
    const flags = (await app.gql<{ liveSession: { questions: { isHighlighted: boolean }[] } }>(`query($c: String!) { liveSession(code: $c) { questions { isHighlighted } } }`, { c: s.code }, { token: f1.token })).data!.liveSession.questions;
    expect(flags.filter((x) => x.isHighlighted)).toHaveLength(1);
  });
});

describe('the vote write', () => {
  it('leaves the returned question equal to its row and clean in the entity manager (a later flush writes nothing stale)', async () => {
    const f = await app.user(Role.FACILITATOR);
    const voter = await app.user(Role.MEMBER, '32.11');
    const other = await app.user(Role.MEMBER, '14.08');
    const s = await liveSession(app, f.token);
    const q = await ask(app, f.token, s.id, 'Pertanyaan untuk uji konsistensi');
    const ctx = makeContext(app.orm.em, { user: voter.user, guest: null, sessionHash: null, ip: '127.0.0.1', userAgent: undefined, lang: 'en', services: app.services });
    const voted = await runCommand(ctx, toggleQuestionVoteCommand, q.id);
    expect(voted.voteCount).toBe(1);
    // Someone else votes meanwhile; then anything flushing the voter's entity manager must not write 1 back.
    await app.gql(VOTE, { q: q.id }, { token: other.token });
    app.queries.reset();
    await ctx.em.flush();
    expect(app.queries.list().filter((x) => /update "?live_question"?/.test(x))).toEqual([]);
    const row = await app.orm.em.fork().findOneOrFail(Question, Number(q.id));
    expect(row.voteCount).toBe(2);
  });
});
