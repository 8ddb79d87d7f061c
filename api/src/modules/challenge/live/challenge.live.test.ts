import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { next, subscribed, type Iter } from '../../../../test/ws-helpers.js';
import { replicate, replicationCast } from '../../../../test/replication-helpers.js';
import { DECIDE, MOVE, REQUEST, SIAK, SUMEDANG, SUPPORT, openChallenge, proposeSolution } from '../../../../test/challenge-helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

interface Evt {
  challengeEvents: {
    kind: string;
    challengeId: string;
    userId: string | null;
    solutionId: string | null;
    member: { status: string; user: { id: string } } | null;
    challenge: { id: string; stage: string; teamCount: number; solutionCount: number; followerCount: number; team: { user: { id: string } }[] } | null;
    solution: { id: string; status: string; supportCount: number; endorsementCount: number } | null;
    replicationId?: string | null;
    replication?: { id: string; status: string; region: { code: string } } | null;
  };
}
const EVENTS = `subscription($c: ID!) { challengeEvents(challengeId: $c) { kind challengeId userId solutionId member { status user { id } }
  challenge { id stage teamCount solutionCount followerCount team { user { id } } } solution { id status supportCount endorsementCount } } }`;

/**
 * A subscription as a reader's page holds it, once the server has it (subscribing is
 * asynchronous). A `next` that timed out stays the one the following `next` waits on, so an
 * event is never asked for twice.
 */
const listen = async (token: string, challengeId: string): Promise<Iter<Evt>> => {
  const before = app.subscriptions().members;
  const it = app.ws(token).iterate<Evt>({ query: EVENTS, variables: { c: challengeId } }) as Iter<Evt>;
  type Res = Awaited<ReturnType<Iter<Evt>['next']>>;
  let pending: Promise<Res> | null = null;
  const ask = () => {
    const p = (pending ??= it.next());
    void p.then(() => {
      if (pending === p) pending = null;
    });
    return p;
  };
  void ask();
  await subscribed(app, before, 1);
  const wrapped = { next: ask, return: () => it.return!(), [Symbol.asyncIterator]: () => wrapped };
  return wrapped as unknown as Iter<Evt>;
};

describe('challengeEvents', () => {
  it('shows another reader a stage move and team changes after commit, without a pending request leaking who asked', async () => {
    const lead = await app.user(Role.REGION_ADMIN, SUMEDANG);
    const reader = await app.user(Role.MEMBER, SIAK);
    const joiner = await app.user(Role.MEMBER, SIAK);
    const challengeId = await openChallenge(app, lead.token);
    const asReader = await listen(reader.token, challengeId);
    const asLead = await listen(lead.token, challengeId);

    await app.gql(MOVE, { i: { challengeId, to: 'CO_CREATION' } }, { token: lead.token });
    const moved = (await next(asReader)).challengeEvents;
    expect(moved).toMatchObject({ kind: 'STAGE_MOVED', challengeId, userId: null, member: null, challenge: { id: challengeId, stage: 'CO_CREATION', teamCount: 1, solutionCount: 0, followerCount: 0 } });
    expect((await next(asLead)).challengeEvents.kind).toBe('STAGE_MOVED');

    // A request to join: the lead sees who; another member sees only that the team changed.
    await app.gql(REQUEST, { i: { challengeId } }, { token: joiner.token });
    expect((await next(asReader)).challengeEvents).toMatchObject({ kind: 'TEAM_CHANGED', userId: null, member: null, challenge: { teamCount: 1 } });
    expect((await next(asLead)).challengeEvents).toMatchObject({ kind: 'TEAM_CHANGED', userId: String(joiner.user.id), member: { status: 'REQUESTED', user: { id: String(joiner.user.id) } } });

    // Accepted, the member is public: everyone sees them and the new count.
    await app.gql(DECIDE, { i: { challengeId, userId: String(joiner.user.id), accept: true } }, { token: lead.token });
    const accepted = (await next(asReader)).challengeEvents;
    expect(accepted).toMatchObject({ kind: 'TEAM_CHANGED', userId: String(joiner.user.id), member: { status: 'ACTIVE' }, challenge: { teamCount: 2 } });
    expect(accepted.challenge!.team.map((m) => m.user.id)).toContain(String(joiner.user.id));
    await next(asLead);

    // A failed write publishes nothing: the next event is the one after it.
    await app.gql(MOVE, { i: { challengeId, to: 'CLOSED' } }, { token: lead.token });
    await app.gql(MOVE, { i: { challengeId, to: 'EXPERIMENTATION' } }, { token: lead.token });
    expect((await next(asReader)).challengeEvents).toMatchObject({ kind: 'STAGE_MOVED', challenge: { stage: 'EXPERIMENTATION' } });
    await Promise.all([asReader.return?.(), asLead.return?.()]);
  });

  it('carries a solution with its counts, so a page updates them without refetching', async () => {
    const lead = await app.user(Role.REGION_ADMIN, SUMEDANG);
    const reader = await app.user(Role.MEMBER, SIAK);
    const author = await app.user(Role.MEMBER, SIAK);
    const challengeId = await openChallenge(app, lead.token);
    const events = await listen(reader.token, challengeId);
    const solutionId = await proposeSolution(app, author.token, challengeId);
    expect((await next(events)).challengeEvents).toMatchObject({
      kind: 'SOLUTION_PROPOSED', solutionId, challenge: { solutionCount: 1 }, solution: { id: solutionId, status: 'PROPOSED', supportCount: 0, endorsementCount: 0 },
    });
    await app.gql(SUPPORT, { id: solutionId }, { token: lead.token });
    expect((await next(events)).challengeEvents).toMatchObject({ kind: 'SUPPORT_CHANGED', solutionId, solution: { supportCount: 1 } });
    await events.return?.();
  });

  it('carries a new replication with its region and status', async () => {
    const { elsewhere, other, challengeId, solutionId } = await replicationCast(app);
    const REPLICATION_EVENTS = `subscription($c: ID!) { challengeEvents(challengeId: $c) { kind solutionId replicationId replication { id status region { code } } } }`;
    const events = app.ws(other.token).iterate<Evt>({ query: REPLICATION_EVENTS, variables: { c: challengeId } }) as Iter<Evt>;
    await new Promise((r) => setTimeout(r, 200));
    const { id } = await replicate(app, elsewhere.token, { solutionId });
    expect((await next(events)).challengeEvents).toEqual({ kind: 'REPLICATED', solutionId, replicationId: id, replication: { id, status: 'PLANNED', region: { code: SIAK } } });
    await events.return?.();
  });

  it('does not deliver the events of another challenge', async () => {
    const lead = await app.user(Role.REGION_ADMIN, SUMEDANG);
    const reader = await app.user(Role.MEMBER, SIAK);
    const mine = await openChallenge(app, lead.token);
    const other = await openChallenge(app, lead.token, { title: 'Tantangan lain sama sekali' });
    const events = await listen(reader.token, mine);
    await app.gql(MOVE, { i: { challengeId: other, to: 'CO_CREATION' } }, { token: lead.token });
    await expect(next(events, 400)).rejects.toThrow(/no event/);
    await app.gql(MOVE, { i: { challengeId: mine, to: 'ARCHIVED' } }, { token: lead.token });
    expect((await next(events)).challengeEvents).toMatchObject({ kind: 'STAGE_MOVED', challengeId: mine, challenge: { stage: 'ARCHIVED' } });
    await events.return?.();
  });

  it('refuses an unknown or malformed challenge with a clear error, and sockets without a session', async () => {
    const reader = await app.user(Role.MEMBER, SIAK);
    const unknown = await (app.ws(reader.token).iterate<Evt>({ query: EVENTS, variables: { c: '99999999' } }) as Iter<Evt>).next();
    expect(unknown.value?.errors?.[0]).toMatchObject({ message: 'Tantangan tidak ditemukan', extensions: { code: 'NOT_FOUND', i18n: { en: 'Challenge not found' } } });
    const malformed = await (app.ws(reader.token).iterate<Evt>({ query: EVENTS, variables: { c: 'abc' } }) as Iter<Evt>).next();
    expect(malformed.value?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anon = app.ws().iterate<Evt>({ query: EVENTS, variables: { c: '1' } }) as Iter<Evt>;
    const refused = await anon.next().then(() => null, (err: unknown) => err);
    expect((refused as { code?: number } | null)?.code).toBe(4403);
  });
});
