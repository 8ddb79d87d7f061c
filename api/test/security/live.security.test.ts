import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../harness.js';
import { JOIN, VOTE, ask, liveSession } from '../live-helpers.js';
import { until } from '../ws-helpers.js';
import { overSocket } from './ws-errors.js';

/**
 * Live sessions against a stranger: guests cannot be minted without bound, join codes cannot be
 * enumerated, and moderators see and undo a flood of fresh guests. Addresses come from
 * X-Forwarded-For (TRUST_PROXY on), so one test can be several people.
 */
let app: TestApp;
let facilitator: string;
beforeAll(async () => {
  app = await createTestApp({ trustProxy: true, liveGuestsPerSession: 5 });
  facilitator = (await app.user(Role.FACILITATOR)).token;
});
afterAll(() => app?.close());

let addressSeq = 0;
const newAddress = () => `198.51.100.${++addressSeq}`;
const from = (address: string, token?: string) => ({ token, headers: { 'x-forwarded-for': address } });
const joinAsGuest = (code: string, address: string, name = 'Tamu') => app.gql<{ joinLiveSession: { guestToken: string } }>(JOIN, { i: { code, guestName: name } }, from(address));

describe('guests', () => {
  it('are capped per session (LIVE_GUESTS_PER_SESSION); signed-in people still join', async () => {
    const s = await liveSession(app, facilitator, { allowGuests: true });
    for (let i = 0; i < 5; i++) expect((await joinAsGuest(s.code, newAddress())).data?.joinLiveSession.guestToken).toMatch(/^g\./);
    const sixth = await app.gql(JOIN, { i: { code: s.code, guestName: 'Tamu keenam' } }, { headers: { 'x-forwarded-for': newAddress(), cookie: 'rembuk_lang=id' } });
    expect(sixth.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(sixth.errors?.[0].message).toMatch(/penuh untuk tamu \(5\)/);
    const member = await app.user(Role.MEMBER, '32.11');
    expect((await app.gql(JOIN, { i: { code: s.code } }, from(newAddress(), member.token))).data).toBeTruthy();
  });

  it('from one address stop at the join limit, and the participant table stops growing with them', async () => {
    const one = newAddress();
    const big = await createTestApp({ trustProxy: true });
    try {
      const f = (await big.user(Role.FACILITATOR)).token;
      const hall = await liveSession(big, f, { allowGuests: true });
      const codes: string[] = [];
      for (let i = 0; i < 125; i++) {
        const r = await big.gql(JOIN, { i: { code: hall.code, guestName: `Tamu ${i}` } }, from(one));
        codes.push(String(r.errors?.[0].extensions?.code ?? 'OK'));
      }
      expect(codes.filter((c) => c === 'OK')).toHaveLength(120);
      expect(codes.slice(120)).toEqual(Array(5).fill('RATE_LIMITED'));
      const [{ count }] = await big.orm.em.fork().getConnection().execute<{ count: number }[]>('select count(*)::int as count from live_participant where session_id = ?', [Number(hall.id)]);
      expect(count).toBe(120);
      // Another address is not affected.
      expect((await big.gql(JOIN, { i: { code: hall.code, guestName: 'Tamu lain' } }, from(newAddress()))).data).toBeTruthy();
    } finally {
      await big.close();
    }
  });
});

describe('join codes', () => {
  it('are generated long (8 characters), and chosen ones are flagged as guessable to the facilitator', async () => {
    const generated = await liveSession(app, facilitator);
    expect(generated.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    const chosen = await liveSession(app, facilitator, { code: 'RAKOR99' });
    const q = `query($c: String!) { liveSession(code: $c) { codeIsGuessable } }`;
    expect((await app.gql(q, { c: generated.code }, { token: facilitator })).data).toEqual({ liveSession: { codeIsGuessable: false } });
    expect((await app.gql(q, { c: chosen.code }, { token: facilitator })).data).toEqual({ liveSession: { codeIsGuessable: true } });
    // Typed as read from a projector.
    const spaced = `${generated.code.slice(0, 4).toLowerCase()}-${generated.code.slice(4)}`;
    expect((await app.gql(JOIN, { i: { code: spaced } }, { token: facilitator })).data).toMatchObject({ joinLiveSession: { session: { code: generated.code } } });
  });

  it('cannot be enumerated: wrong guesses are counted per address across preview, join and the session query', async () => {
    const s = await liveSession(app, facilitator, { allowGuests: true });
    const { token } = await app.user(Role.MEMBER, '32.11');
    const guesser = newAddress();
    const wrong = (i: number) => `ZZZZ${String(i).padStart(4, '0')}`;
    const lookups = [
      (code: string) => app.gql(`query($c: String!) { liveSessionPreview(code: $c) { title } }`, { c: code }, from(guesser)),
      (code: string) => app.gql(JOIN, { i: { code, guestName: 'Penebak' } }, from(guesser)),
      (code: string) => app.gql(`query($c: String!) { liveSession(code: $c) { id } }`, { c: code }, from(guesser, token)),
    ];
    for (let i = 0; i < 20; i++) expect((await lookups[i % 3]!(wrong(i))).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // The 21st lookup is refused whichever way it comes, even with the right code.
    for (const lookup of lookups) {
      const refused = await lookup(s.code);
      expect(refused.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(refused.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    }
    // Someone else, and a right code, are not affected.
    expect((await app.gql(`query($c: String!) { liveSessionPreview(code: $c) { title } }`, { c: s.code }, from(newAddress()))).data).toBeTruthy();
  });

  it('found do not count as misses', async () => {
    const s = await liveSession(app, facilitator, { allowGuests: true });
    const visitor = newAddress();
    for (let i = 0; i < 25; i++) expect((await app.gql(`query($c: String!) { liveSessionPreview(code: $c) { title } }`, { c: s.code }, from(visitor))).data).toBeTruthy();
  });
});

describe('moderators', () => {
  it("see fresh guests' upvotes apart, and only they do", async () => {
    const s = await liveSession(app, facilitator, { allowGuests: true });
    const member = await app.user(Role.MEMBER, '32.11');
    const q = await ask(app, member.token, s.id, 'Kapan pelatihan Satu Data?');
    const guest = (await joinAsGuest(s.code, newAddress())).data!.joinLiveSession.guestToken;
    await app.gql(VOTE, { q: q.id }, { token: guest });
    await app.gql(VOTE, { q: q.id }, { token: member.token });
    const read = `query($c: String!) { liveSession(code: $c) { questions { id voteCount freshGuestVoteCount } } }`;
    expect((await app.gql(read, { c: s.code }, { token: facilitator })).data).toEqual({ liveSession: { questions: [{ id: q.id, voteCount: 2, freshGuestVoteCount: 1 }] } });
    expect((await app.gql(read, { c: s.code }, { token: member.token })).data).toEqual({ liveSession: { questions: [{ id: q.id, voteCount: 2, freshGuestVoteCount: null }] } });
  });

  it('list guests and remove one: access ends at once, socket included, and the guest\'s upvotes are withdrawn', async () => {
    const s = await liveSession(app, facilitator, { allowGuests: true });
    const member = await app.user(Role.MEMBER, '32.11');
    const q = await ask(app, member.token, s.id, 'Bagaimana replikasi aplikasi?');
    const guest = (await joinAsGuest(s.code, newAddress(), 'Tamu Curang')).data!.joinLiveSession.guestToken;
    expect((await app.gql<{ toggleQuestionVote: { voteCount: number } }>(VOTE, { q: q.id }, { token: guest })).data?.toggleQuestionVote.voteCount).toBe(1);
    const socket = app.ws(guest);
    let closed: number | undefined;
    socket.on('closed', (e) => (closed = (e as { code: number }).code));
    const seen = await overSocket(socket, `query($c: String!) { liveSession(code: $c) { id } }`, { c: s.code });
    expect(seen).toEqual({ data: { liveSession: { id: s.id } } });

    const list = `query($s: ID!) { liveSessionGuests(sessionId: $s) { id name questionCount voteCount removedAt } }`;
    const guests = await app.gql<{ liveSessionGuests: { id: string; name: string; voteCount: number }[] }>(list, { s: s.id }, { token: facilitator });
    expect(guests.data?.liveSessionGuests).toEqual([expect.objectContaining({ name: 'Tamu Curang', questionCount: 0, voteCount: 1, removedAt: null })]);
    expect((await app.gql(list, { s: s.id }, { token: member.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const remove = `mutation($p: ID!) { removeGuest(participantId: $p) }`;
    const id = guests.data!.liveSessionGuests[0]!.id;
    expect((await app.gql(remove, { p: id }, { token: member.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(remove, { p: id }, { token: facilitator })).data).toEqual({ removeGuest: true });

    await until(() => closed === 4401);
    expect((await app.gql(`query($c: String!) { liveSession(code: $c) { questions { voteCount } } }`, { c: s.code }, { token: member.token })).data).toEqual({ liveSession: { questions: [{ voteCount: 0 }] } });
    expect((await app.gql(VOTE, { q: q.id }, { token: guest })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // A removed guest no longer counts against the cap, and removing twice changes nothing.
    expect((await app.gql(remove, { p: id }, { token: facilitator })).data).toEqual({ removeGuest: true });
    const after = await app.gql<{ liveSessionGuests: { removedAt: string | null }[] }>(list, { s: s.id }, { token: facilitator });
    expect(after.data?.liveSessionGuests[0]?.removedAt, JSON.stringify(after)).toBeTruthy();
  });

  it('cannot remove a signed-in participant as a guest', async () => {
    const s = await liveSession(app, facilitator, { allowGuests: true });
    const member = await app.user(Role.MEMBER, '32.11');
    await app.gql(JOIN, { i: { code: s.code } }, { token: member.token });
    const [{ id }] = await app.orm.em.fork().getConnection().execute<{ id: number }[]>('select id from live_participant where session_id = ? and user_id = ?', [Number(s.id), member.user.id]);
    const res = await app.gql(`mutation($p: ID!) { removeGuest(participantId: $p) }`, { p: String(id) }, { token: facilitator });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
