import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { JOIN, MEETING, OPEN, liveSession, meetingInput } from '../../../../test/live-helpers.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const session = (f: string, opts: Record<string, unknown> = {}) => liveSession(app, f, opts);

describe('meetings and live sessions', () => {
  it('are created by facilitators, with a join code', async () => {
    const f = await app.user(Role.FACILITATOR);
    const member = await app.user(Role.MEMBER, '32.11');
    expect((await app.gql(MEETING, { i: meetingInput }, { token: member.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(MEETING, { i: meetingInput })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const s = await session(f.token, { code: '#rakor62' });
    expect(s).toMatchObject({ code: 'RAKOR62', joinPath: '/live/RAKOR62', state: 'OPEN' });
    const generated = await session(f.token);
    expect(generated.code).toMatch(/^[A-Z2-9]{8}$/);
  });

  it('reject bad input without writing anything', async () => {
    const f = await app.user(Role.FACILITATOR);
    await session(f.token, { code: 'DUPL1' });
    const m = await app.gql<{ createMeeting: { id: string } }>(MEETING, { i: meetingInput }, { token: f.token });
    const dup = await app.gql(OPEN, { i: { meetingId: m.data!.createMeeting.id, title: 'x2', code: 'dupl1' } }, { token: f.token });
    expect(dup.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await app.gql(OPEN, { i: { meetingId: m.data!.createMeeting.id, title: 'xx', code: 'no!' } }, { token: f.token })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.gql(MEETING, { i: { ...meetingInput, endsAt: '2026-11-30T00:00:00Z' } }, { token: f.token })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.gql(MEETING, { i: { ...meetingInput, cohortSlug: 'nope' } }, { token: f.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('joining', () => {
  it('by code, with or without #; unknown and closed sessions are refused', async () => {
    const f = await app.user(Role.FACILITATOR);
    const member = await app.user(Role.MEMBER, '32.11');
    const s = await session(f.token);
    expect((await app.gql(JOIN, { i: { code: `#${s.code.toLowerCase()}` } }, { token: member.token })).data).toMatchObject({ joinLiveSession: { guestToken: null, session: { code: s.code } } });
    expect((await app.gql(JOIN, { i: { code: 'ZZZZ99' } }, { token: member.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await app.gql(`mutation($s: ID!) { setLiveSessionState(sessionId: $s, state: CLOSED) { state } }`, { s: s.id }, { token: f.token });
    expect((await app.gql(JOIN, { i: { code: s.code } }, { token: member.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('as a guest only where allowed, and only into that session', async () => {
    const f = await app.user(Role.FACILITATOR);
    const closedToGuests = await session(f.token);
    expect((await app.gql(JOIN, { i: { code: closedToGuests.code, guestName: 'Tamu' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const open = await session(f.token, { allowGuests: true });
    expect((await app.gql(JOIN, { i: { code: open.code } })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const joined = await app.gql<{ joinLiveSession: { guestToken: string } }>(JOIN, { i: { code: open.code, guestName: 'Pak Budi', guestRegionCode: '74.05' } });
    const guest = joined.data!.joinLiveSession.guestToken;
    expect(guest).toMatch(/^g\./);
    expect(joined.headers.get('set-cookie')).toMatch(/rembuk_guest=g\./);
    const asked = await app.gql(`mutation($s: ID!) { askQuestion(sessionId: $s, text: "Kapan pelatihan?") { id askedBy { name regionName isGuest } } }`, { s: open.id }, { token: guest });
    expect(asked.data).toMatchObject({ askQuestion: { askedBy: { name: 'Pak Budi', regionName: 'Kabupaten Konawe Selatan', isGuest: true } } });
    // Outside their session a guest is nobody.
    expect((await app.gql(`mutation($s: ID!) { askQuestion(sessionId: $s, text: "Halo") { id } }`, { s: closedToGuests.id }, { token: guest })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(`query($c: String!) { liveSession(code: $c) { id } }`, { c: closedToGuests.code }, { token: guest })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(`{ meetings { id } }`, {}, { token: guest })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(`{ threads { totalCount } }`, {}, { token: guest })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(`{ me { id } }`, {}, { token: guest })).data).toEqual({ me: null });
  });

  it('show a public preview by code before joining, and limit how fast codes can be tried', async () => {
    const f = await app.user(Role.FACILITATOR);
    const s = await session(f.token, { code: 'PRATINJAU', allowGuests: true });
    const PREVIEW = `query($c: String!) { liveSessionPreview(code: $c) { code title meetingTitle state allowGuests allowAnonymous } }`;
    const res = await app.gql<{ liveSessionPreview: Record<string, unknown> }>(PREVIEW, { c: '#pratinjau' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.liveSessionPreview).toEqual({ code: s.code, title: 'Sesi tanya jawab', meetingTitle: meetingInput.title, state: 'OPEN', allowGuests: true, allowAnonymous: true });
    expect((await app.gql(PREVIEW, { c: 'TIDAKADA' })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // 30 lookups a minute per address: the first two above plus 28 more pass, the 31st is refused.
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 30; i++) codes.push((await app.gql(PREVIEW, { c: 'TIDAKADA' })).errors?.[0].extensions?.code as string | undefined);
    expect(codes.at(-1)).toBe('RATE_LIMITED');
  });

  it('lists meetings with their sessions in the same number of statements for 1 or 4 meetings', async () => {
    const f = await app.user(Role.FACILITATOR);
    const LIST = `query { meetings(upcoming: false) { id sessions { id code state } } }`;
    const count = async () => {
      app.queries.reset();
      expect((await app.gql(LIST, {}, { token: f.token })).errors).toBeUndefined();
      return app.queries.count();
    };
    await session(f.token);
    const one = await count();
    for (let i = 0; i < 3; i++) await session(f.token);
    expect(await count()).toBe(one);
  });
});
