import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { liveSession } from '../../../../test/live-helpers.js';
import { PollVote } from '../questions/question.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const CREATE = `mutation($i: CreatePollInput!) { createPoll(input: $i) { id state options { id label } } }`;
const STATE = `mutation($p: ID!, $s: PollState!) { setPollState(pollId: $p, state: $s) { state } }`;
const VOTE = `mutation($i: VotePollInput!) { votePoll(input: $i) { id } }`;
const RESULTS = `query($c: String!) { liveSession(code: $c) { polls { id state totalVotes myChoices results { label count } words { word count } } } }`;
type PollView = { id: string; state: string; totalVotes: number; myChoices: number[] | null; results: { label: string; count: number }[] | null; words: { word: string; count: number }[] | null };

async function poll(f: string, sessionId: string, input: Record<string, unknown>) {
  const res = await app.gql<{ createPoll: { id: string } }>(CREATE, { i: { sessionId, title: 'Prioritas SPBE 2027?', kind: 'SINGLE', options: ['Arsitektur', 'Data', 'Layanan'], ...input } }, { token: f });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createPoll.id;
}

describe('polls', () => {
  it('take one vote per participant while open, with the right number of choices', async () => {
    const f = await app.user(Role.FACILITATOR);
    const m = await app.user(Role.MEMBER, '32.11');
    const s = await liveSession(app, f.token);
    const p = await poll(f.token, s.id, { kind: 'MULTIPLE', maxChoices: 2 });
    expect((await app.gql(VOTE, { i: { pollId: p, choices: [1] } }, { token: m.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(STATE, { p, s: 'OPEN' }, { token: m.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await app.gql(STATE, { p, s: 'OPEN' }, { token: f.token });
    for (const choices of [[], [1, 2, 3], [9], [1, 1]]) {
      expect((await app.gql(VOTE, { i: { pollId: p, choices } }, { token: m.token })).errors?.[0].extensions?.code, JSON.stringify(choices)).toBe('BAD_USER_INPUT');
    }
    expect((await app.gql(VOTE, { i: { pollId: p, choices: [1, 3] } }, { token: m.token })).errors).toBeUndefined();
    expect((await app.gql(VOTE, { i: { pollId: p, choices: [2] } }, { token: m.token })).errors?.[0].extensions?.code).toBe('CONFLICT');
    await app.gql(STATE, { p, s: 'CLOSED' }, { token: f.token });
    const late = await app.user(Role.MEMBER, '14.08');
    expect((await app.gql(VOTE, { i: { pollId: p, choices: [2] } }, { token: late.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await app.orm.em.fork().count(PollVote, { poll: Number(p) })).toBe(1);
    const view = (await app.gql<{ liveSession: { polls: PollView[] } }>(RESULTS, { c: s.code }, { token: m.token })).data!.liveSession.polls[0];
    expect(view).toMatchObject({ state: 'CLOSED', totalVotes: 1, myChoices: [1, 3], results: [{ label: 'Arsitektur', count: 1 }, { label: 'Data', count: 0 }, { label: 'Layanan', count: 1 }] });
  });

  it('hide results from participants until closing when asked to', async () => {
    const f = await app.user(Role.FACILITATOR);
    const m = await app.user(Role.MEMBER, '32.11');
    const s = await liveSession(app, f.token);
    const p = await poll(f.token, s.id, { hideResultsUntilClosed: true });
    await app.gql(STATE, { p, s: 'OPEN' }, { token: f.token });
    await app.gql(VOTE, { i: { pollId: p, choices: [2] } }, { token: m.token });
    const during = (await app.gql<{ liveSession: { polls: PollView[] } }>(RESULTS, { c: s.code }, { token: m.token })).data!.liveSession.polls[0];
    expect(during).toMatchObject({ results: null, totalVotes: 1 });
    const moderator = (await app.gql<{ liveSession: { polls: PollView[] } }>(RESULTS, { c: s.code }, { token: f.token })).data!.liveSession.polls[0];
    expect(moderator.results?.[1]).toEqual({ label: 'Data', count: 1 });
    await app.gql(STATE, { p, s: 'CLOSED' }, { token: f.token });
    const after = (await app.gql<{ liveSession: { polls: PollView[] } }>(RESULTS, { c: s.code }, { token: m.token })).data!.liveSession.polls[0];
    expect(after.results?.[1]).toEqual({ label: 'Data', count: 1 });
  });

  it('collect short answers as a word cloud, and keep drafts from participants', async () => {
    const f = await app.user(Role.FACILITATOR);
    const s = await liveSession(app, f.token);
    const p = await poll(f.token, s.id, { kind: 'WORDS', title: 'Satu kata untuk SPBE?', options: [] });
    const members = await Promise.all([app.user(Role.MEMBER, '32.11'), app.user(Role.MEMBER, '14.08'), app.user(Role.MEMBER, '19.02')]);
    const draftView = (await app.gql<{ liveSession: { polls: PollView[] } }>(RESULTS, { c: s.code }, { token: members[0].token })).data!.liveSession.polls;
    expect(draftView).toEqual([]);
    await app.gql(STATE, { p, s: 'OPEN' }, { token: f.token });
    for (const [i, w] of ['Integrasi', ' integrasi ', 'Data'].entries()) await app.gql(VOTE, { i: { pollId: p, words: w } }, { token: members[i].token });
    const view = (await app.gql<{ liveSession: { polls: PollView[] } }>(RESULTS, { c: s.code }, { token: members[0].token })).data!.liveSession.polls[0];
    expect(view.words).toEqual([{ word: 'integrasi', count: 2 }, { word: 'data', count: 1 }]);
    const bad = await app.gql(CREATE, { i: { sessionId: s.id, title: 'Satu opsi', kind: 'SINGLE', options: ['Saja'] } }, { token: f.token });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
