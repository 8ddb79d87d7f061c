import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { next, type Iter } from '../../../../test/ws-helpers.js';
import { replicate, replicationCast } from '../../../../test/replication-helpers.js';
import { DECIDE_SOLUTION, ENDORSE, MOVE, SIAK, SUMEDANG, cast, expectRefusedUnchanged, openChallenge, proposeSolution } from '../../../../test/challenge-helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const FOLLOW = `mutation($id: ID!, $f: Boolean!) { followChallenge(challengeId: $id, follow: $f) { id followerCount followedByMe } }`;
interface Followed {
  followChallenge: { followerCount: number; followedByMe: boolean };
}
interface Bell {
  notifications: { edges: { node: { kind: string; link: string | null; text: string | null; actor: { id: string } | null; thread: unknown } }[] };
}
const BELL = `{ notifications(first: 20) { edges { node { kind link text actor { id } thread { id } } } } }`;
const bell = async (token: string, lang: 'id' | 'en' = 'id') =>
  (await app.gql<Bell>(BELL, {}, { token, headers: { 'accept-language': lang } })).data!.notifications.edges.map((e) => e.node).filter((n) => n.kind === 'CHALLENGE_ACTIVITY');

describe('followChallenge', () => {
  it('follows and unfollows, idempotently, for anyone signed in', async () => {
    const lead = await app.user(Role.REGION_ADMIN, SUMEDANG);
    const reader = await app.user(Role.MEMBER, SIAK);
    const id = await openChallenge(app, lead.token);
    const follow = (f: boolean, token = reader.token) => app.gql<Followed>(FOLLOW, { id, f }, { token }).then((r) => r.data?.followChallenge);
    expect(await follow(true)).toEqual({ id, followerCount: 1, followedByMe: true });
    expect(await follow(true)).toEqual({ id, followerCount: 1, followedByMe: true });
    expect(await follow(true, lead.token)).toEqual({ id, followerCount: 2, followedByMe: true });
    expect(await follow(false)).toEqual({ id, followerCount: 1, followedByMe: false });
    expect(await follow(false)).toEqual({ id, followerCount: 1, followedByMe: false });
  });

  it('refuses unknown challenges and the signed out, changing nothing', async () => {
    const reader = await app.user(Role.MEMBER, SIAK);
    const id = await openChallenge(app, (await app.user(Role.FACILITATOR)).token);
    await expectRefusedUnchanged(app, 'NOT_FOUND', () => app.gql(FOLLOW, { id: '99999999', f: true }, { token: reader.token }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => app.gql(FOLLOW, { id: 'x', f: true }, { token: reader.token }));
    await expectRefusedUnchanged(app, 'UNAUTHENTICATED', () => app.gql(FOLLOW, { id, f: true }));
  });
});

describe('challenge notifications', () => {
  it('tells followers and the active team of a stage move, live and in the bell, in both languages, but not the one who moved it', async () => {
    const { lead, member, other, elsewhere, challengeId } = await cast(app);
    await app.gql(FOLLOW, { id: challengeId, f: true }, { token: other.token });
    const live = app.ws(other.token).iterate<{ myNotifications: { kind: string; link: string; text: string } }>({ query: `subscription { myNotifications { kind link text } }` }) as Iter<{ myNotifications: { kind: string; link: string; text: string } }>;
    // Not a fanned-out subscription (one per person): give the server a moment to hold it.
    await new Promise((r) => setTimeout(r, 200));

    await app.gql(MOVE, { i: { challengeId, to: 'CO_CREATION' } }, { token: lead.token });
    const delivered = await next(live);
    expect(delivered.myNotifications).toEqual({ kind: 'CHALLENGE_ACTIVITY', link: `/tantangan/${challengeId}`, text: 'Tantangan “Layanan publik satu pintu” pindah ke tahap ko-kreasi' });
    await live.return?.();

    expect(await bell(other.token, 'en')).toEqual([
      { kind: 'CHALLENGE_ACTIVITY', link: `/tantangan/${challengeId}`, text: 'Challenge “Layanan publik satu pintu” moved to the co-creation stage', actor: { id: String(lead.user.id) }, thread: null },
    ]);
    expect(await bell(member.token)).toHaveLength(1);
    expect(await bell(lead.token)).toEqual([]);
    expect(await bell(elsewhere.token)).toEqual([]);
  });

  it('tells them of new solutions, selections and endorsements', async () => {
    const { lead, member, other, elsewhere, challengeId } = await cast(app);
    const follower = await app.user(Role.MEMBER, SIAK);
    await app.gql(FOLLOW, { id: challengeId, f: true }, { token: follower.token });
    const solutionId = await proposeSolution(app, other.token, challengeId, { title: 'Mal pelayanan publik digital' });
    await app.gql(ENDORSE, { i: { solutionId, statement: 'Kabupaten Siak mendukung' } }, { token: elsewhere.token });
    await app.gql(DECIDE_SOLUTION, { i: { solutionId, status: 'SELECTED' } }, { token: lead.token });
    const texts = (await bell(follower.token, 'en')).map((n) => n.text);
    expect(texts).toEqual([
      'Solution “Mal pelayanan publik digital” was selected for experimentation in “Layanan publik satu pintu”',
      'Kabupaten Siak endorsed solution “Mal pelayanan publik digital” in “Layanan publik satu pintu”',
      'New solution “Mal pelayanan publik digital” for challenge “Layanan publik satu pintu”',
    ]);
    expect(await bell(member.token)).toHaveLength(3);
    // The lead hears of the proposal and the endorsement, not of their own selection.
    expect(await bell(lead.token)).toHaveLength(2);
  });

  it('tells them of a new replication', async () => {
    const { member, elsewhere, challengeId, solutionId } = await replicationCast(app);
    const before = (await bell(member.token)).length;
    await replicate(app, elsewhere.token, { solutionId });
    const news = await bell(member.token, 'en');
    expect(news).toHaveLength(before + 1);
    expect(news[0]).toMatchObject({ link: `/tantangan/${challengeId}`, text: 'Kabupaten Siak is replicating solution “Mal pelayanan publik digital” of “Layanan publik satu pintu”' });
    expect(await bell(elsewhere.token)).toEqual([]);
  });

  it('notifies 5 or 50 followers in the same number of statements', async () => {
    const lead = await app.user(Role.FACILITATOR);
    await app.users(50, SIAK);
    const statements = async (followers: number) => {
      const id = await openChallenge(app, lead.token, { regionCodes: [SIAK] });
      await app.orm.em.fork().execute(
        `insert into challenge_follower (challenge_id, user_id) select ?, id from app_user where id <> ? order by id desc limit ?`,
        [Number(id), lead.user.id, followers],
      );
      app.queries.reset();
      const res = await app.gql(MOVE, { i: { challengeId: id, to: 'CO_CREATION' } }, { token: lead.token });
      expect(res.errors).toBeUndefined();
      // The relay deletes delivered events a few milliseconds later, off the request's path: not the request's cost.
      const count = app.queries.list().filter((q) => !q.includes('delete from outbox_event')).length;
      const [row] = await app.orm.em.fork().execute<{ n: string }[]>(`select count(*) as n from notification where link = ?`, [`/tantangan/${id}`]);
      expect(Number(row!.n)).toBe(followers);
      return count;
    };
    // The first move of the process reads what is cached afterwards (the session, reference data).
    await statements(5);
    const few = await statements(5);
    expect(await statements(50)).toBe(few);
  });
});
