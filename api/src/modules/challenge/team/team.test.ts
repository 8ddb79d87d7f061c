import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { DECIDE, INVITE, LEAVE, MOVE, REQUEST, SIAK, cast, expectRefusedUnchanged, openChallenge, rowCounts } from '../../../../test/challenge-helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const TEAM = `query($id: ID!) { challenge(id: $id) { teamCount team { role status user { id } } myMembership { status role } myPendingMembers { status user { id } } } }`;
interface Team {
  challenge: { teamCount: number; team: { role: string; status: string; user: { id: string } }[]; myMembership: { status: string; role: string } | null; myPendingMembers: { status: string; user: { id: string } }[] };
}
const team = (challengeId: string, token?: string) => app.gql<Team>(TEAM, { id: challengeId }, token ? { token } : {}).then((r) => r.data!.challenge);

describe('requestToJoinChallenge and decideJoinRequest', () => {
  it('records a request the leads see, which a lead accepts or declines', async () => {
    const { lead, other, elsewhere, challengeId } = await cast(app);
    const asked = await app.gql<{ requestToJoinChallenge: { status: string; role: string } }>(REQUEST, { i: { challengeId } }, { token: other.token });
    expect(asked.data?.requestToJoinChallenge).toMatchObject({ status: 'REQUESTED', role: 'MEMBER' });
    expect((await team(challengeId, other.token)).myMembership).toEqual({ status: 'REQUESTED', role: 'MEMBER' });
    expect((await team(challengeId, other.token)).myPendingMembers).toEqual([]);
    expect((await team(challengeId, lead.token)).myPendingMembers).toEqual([{ status: 'REQUESTED', user: { id: String(other.user.id) } }]);
    await expectRefusedUnchanged(app, 'CONFLICT', () => app.gql(REQUEST, { i: { challengeId } }, { token: other.token }));
    const accepted = await app.gql<{ decideJoinRequest: { status: string; decidedBy: { id: string } } }>(DECIDE, { i: { challengeId, userId: String(other.user.id), accept: true } }, { token: lead.token });
    expect(accepted.data?.decideJoinRequest).toEqual({ role: 'MEMBER', status: 'ACTIVE', decidedBy: { id: String(lead.user.id) } });
    expect((await team(challengeId)).teamCount).toBe(3);

    await app.gql(REQUEST, { i: { challengeId } }, { token: elsewhere.token });
    const declined = await app.gql(DECIDE, { i: { challengeId, userId: String(elsewhere.user.id), accept: false } }, { token: lead.token });
    expect(declined.data).toEqual({ decideJoinRequest: null });
    expect((await team(challengeId, elsewhere.token)).myMembership).toBeNull();
    await expectRefusedUnchanged(app, 'NOT_FOUND', () => app.gql(DECIDE, { i: { challengeId, userId: String(elsewhere.user.id), accept: true } }, { token: lead.token }));
  });

  it('lets only the leads decide: team members, other members, region admins elsewhere, facilitators and the signed out are refused', async () => {
    const { member, other, elsewhere, facilitator, challengeId } = await cast(app);
    const asker = await app.user(Role.MEMBER, SIAK);
    await app.gql(REQUEST, { i: { challengeId } }, { token: asker.token });
    const decide = { i: { challengeId, userId: String(asker.user.id), accept: true } };
    for (const who of [member, other, elsewhere, facilitator]) await expectRefusedUnchanged(app, 'FORBIDDEN', () => app.gql(DECIDE, decide, { token: who.token }));
    await expectRefusedUnchanged(app, 'UNAUTHENTICATED', () => app.gql(DECIDE, decide));
    await expectRefusedUnchanged(app, 'UNAUTHENTICATED', () => app.gql(REQUEST, { i: { challengeId } }));
  });

  it('takes mentors from facilitators only, leads by invitation only, and nobody once the challenge is archived', async () => {
    const { lead, other, facilitator, challengeId } = await cast(app);
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => app.gql(REQUEST, { i: { challengeId, role: 'MENTOR' } }, { token: other.token }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => app.gql(REQUEST, { i: { challengeId, role: 'LEAD' } }, { token: other.token }));
    expect((await app.gql<{ requestToJoinChallenge: { role: string } }>(REQUEST, { i: { challengeId, role: 'MENTOR' } }, { token: facilitator.token })).data?.requestToJoinChallenge.role).toBe('MENTOR');
    await app.gql(MOVE, { i: { challengeId, to: 'ARCHIVED' } }, { token: lead.token });
    const closed = await expectRefusedUnchanged(app, 'FORBIDDEN', () => app.gql(REQUEST, { i: { challengeId } }, { token: other.token }));
    expect(closed.errors![0]!.extensions).toMatchObject({ i18n: { en: 'This challenge is no longer taking new team members' } });
  });

  it('records 50 requests made at once by 50 people, each once', async () => {
    const lead = await app.user(Role.FACILITATOR);
    const challengeId = await openChallenge(app, lead.token);
    const tokens = await app.users(50, SIAK);
    const before = await rowCounts(app);
    const results = await Promise.all(tokens.map((token) => app.gql(REQUEST, { i: { challengeId } }, { token })));
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect((await rowCounts(app)).challenge_member).toBe(before.challenge_member + 50);
    const pending = (await team(challengeId, lead.token)).myPendingMembers;
    expect(pending).toHaveLength(50);
    expect(new Set(pending.map((p) => p.user.id)).size).toBe(50);
  });
});

describe('inviteToChallenge', () => {
  it('invites; the invitee accepts by asking to join; inviting someone who asked accepts them', async () => {
    const { lead, other, elsewhere, challengeId } = await cast(app);
    const invited = await app.gql<{ inviteToChallenge: { status: string; role: string } }>(INVITE, { i: { challengeId, userId: String(other.user.id), role: 'LEAD' } }, { token: lead.token });
    expect(invited.data?.inviteToChallenge).toMatchObject({ status: 'INVITED', role: 'LEAD' });
    await expectRefusedUnchanged(app, 'CONFLICT', () => app.gql(INVITE, { i: { challengeId, userId: String(other.user.id) } }, { token: lead.token }));
    expect((await app.gql<{ requestToJoinChallenge: { status: string; role: string } }>(REQUEST, { i: { challengeId } }, { token: other.token })).data?.requestToJoinChallenge).toMatchObject({ status: 'ACTIVE', role: 'LEAD' });
    await app.gql(REQUEST, { i: { challengeId } }, { token: elsewhere.token });
    expect((await app.gql<{ inviteToChallenge: { status: string } }>(INVITE, { i: { challengeId, userId: String(elsewhere.user.id) } }, { token: other.token })).data?.inviteToChallenge.status).toBe('ACTIVE');
  });

  it('is for leads only, gives MENTOR to facilitators only, and refuses unknown people', async () => {
    const { lead, member, other, elsewhere, facilitator, challengeId } = await cast(app);
    const invitee = await app.user(Role.MEMBER, SIAK);
    const invite = { i: { challengeId, userId: String(invitee.user.id) } };
    for (const who of [member, other, elsewhere, facilitator]) await expectRefusedUnchanged(app, 'FORBIDDEN', () => app.gql(INVITE, invite, { token: who.token }));
    await expectRefusedUnchanged(app, 'UNAUTHENTICATED', () => app.gql(INVITE, invite));
    const mentor = await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => app.gql(INVITE, { i: { ...invite.i, role: 'MENTOR' } }, { token: lead.token }));
    expect(mentor.errors![0]!.extensions).toMatchObject({ i18n: { en: 'Mentors are facilitators' } });
    await expectRefusedUnchanged(app, 'NOT_FOUND', () => app.gql(INVITE, { i: { challengeId, userId: '99999999' } }, { token: lead.token }));
    expect((await app.gql<{ inviteToChallenge: { role: string } }>(INVITE, { i: { challengeId, userId: String(facilitator.user.id), role: 'MENTOR' } }, { token: lead.token })).data?.inviteToChallenge.role).toBe('MENTOR');
  });
});

describe('leaveChallenge', () => {
  it('lets members leave, but not the last lead; a second lead may then leave', async () => {
    const { lead, member, other, challengeId } = await cast(app);
    expect((await app.gql<{ leaveChallenge: { teamCount: number } }>(LEAVE, { id: challengeId }, { token: member.token })).data?.leaveChallenge.teamCount).toBe(1);
    const last = await expectRefusedUnchanged(app, 'CONFLICT', () => app.gql(LEAVE, { id: challengeId }, { token: lead.token }));
    expect(last.errors![0]!.extensions).toMatchObject({ i18n: { en: 'The last lead cannot leave; make someone else lead first' } });
    await expectRefusedUnchanged(app, 'FORBIDDEN', () => app.gql(LEAVE, { id: challengeId }, { token: other.token }));
    await expectRefusedUnchanged(app, 'UNAUTHENTICATED', () => app.gql(LEAVE, { id: challengeId }));
    await app.gql(INVITE, { i: { challengeId, userId: String(other.user.id), role: 'LEAD' } }, { token: lead.token });
    await app.gql(REQUEST, { i: { challengeId } }, { token: other.token });
    expect((await app.gql(LEAVE, { id: challengeId }, { token: lead.token })).errors).toBeUndefined();
    expect((await team(challengeId)).team).toEqual([{ role: 'LEAD', status: 'ACTIVE', user: { id: String(other.user.id) } }]);
  });

  it('keeps one lead when two leads leave at once', async () => {
    const { lead, other, challengeId } = await cast(app);
    await app.gql(INVITE, { i: { challengeId, userId: String(other.user.id), role: 'LEAD' } }, { token: lead.token });
    await app.gql(REQUEST, { i: { challengeId } }, { token: other.token });
    const results = await Promise.all([lead, other].map((who) => app.gql(LEAVE, { id: challengeId }, { token: who.token })));
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect((await team(challengeId)).team.filter((m) => m.role === 'LEAD')).toHaveLength(1);
  });
});
