import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { expectRefusedUnchanged } from '../../../../test/challenge-helpers.js';
import { ASK, VOTE, ask, liveSession } from '../../../../test/live-helpers.js';
import { hashToken } from '../../../core/auth/tokens.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const LINK = `mutation($s: ID!) { linkHallScreen(sessionId: $s) { path } }`;
const SESSION = `query($c: String!) { liveSession(code: $c) { id code participantCount questions(includeAnswered: true, sort: RECENT) { text } } }`;
const EVENTS = `subscription($s: ID!) { liveSessionEvents(sessionId: $s) { kind participantCount question { text } } }`;
const CLOSE = `mutation($id: ID!, $state: LiveSessionState!) { setLiveSessionState(sessionId: $id, state: $state) { id state } }`;

type Evt = { liveSessionEvents: { kind: string; participantCount: number | null; question: { text: string } | null } };
type Iter = AsyncIterableIterator<{ data?: Evt | null; errors?: { extensions?: { code?: string } }[] }>;

/** The token inside a hall-screen path (`/live/CODE/layar#layar=d.…`). */
const tokenOf = (path: string) => decodeURIComponent(path.split('#layar=')[1]!);

async function link(token: string, sessionId: string) {
  const res = await app.gql<{ linkHallScreen: { path: string } }>(LINK, { s: sessionId }, { token });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.linkHallScreen.path;
}

async function next(it: Iter, until: (e: Evt['liveSessionEvents']) => boolean, ms = 3000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const res = await Promise.race([it.next(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
    if (!res || res.done) return null;
    if (res.value.errors) return res.value;
    if (until(res.value.data!.liveSessionEvents)) return res.value;
  }
  return null;
}

describe('hall-screen display tokens', () => {
  it('reads its session over HTTP and WebSocket with no account, is not counted, and acts on nothing', async () => {
    const f = await app.user(Role.FACILITATOR);
    const member = await app.user(Role.MEMBER, '32.11');
    const s = await liveSession(app, f.token);
    const path = await link(f.token, s.id);
    expect(path).toMatch(new RegExp(`^/live/${s.code}/layar#layar=d\\.`));
    const token = tokenOf(path);

    // Stored hashed: the database holds the token's SHA-256, never the token.
    const [row] = await app.orm.em.getConnection().execute<{ token_hash: string }[]>('select token_hash from live_display where session_id = ?', [Number(s.id)]);
    expect(row!.token_hash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token.slice(2));

    await ask(app, member.token, s.id, 'Kapan layanan terpadu dirilis?');
    const read = await app.gql<{ liveSession: { id: string; questions: { text: string }[] } }>(SESSION, { c: s.code }, { token });
    expect(read.errors).toBeUndefined();
    expect(read.data!.liveSession.questions.map((q) => q.text)).toEqual(['Kapan layanan terpadu dirilis?']);

    // Over the WebSocket it follows the session live; a participant's stream shows it is not counted.
    const screen = app.ws(token).iterate<Evt>({ query: EVENTS, variables: { s: s.id } }) as Iter;
    const person = app.ws(member.token).iterate<Evt>({ query: EVENTS, variables: { s: s.id } }) as Iter;
    const presence = await next(person, (e) => e.kind === 'PRESENCE');
    expect(presence?.data?.liveSessionEvents.participantCount).toBe(1);
    await ask(app, member.token, s.id, 'Siapa yang mengelola data?');
    const added = await next(screen, (e) => e.kind === 'QUESTION_ADDED');
    expect(added?.data?.liveSessionEvents.question?.text).toBe('Siapa yang mengelola data?');
    expect((await app.gql<{ liveSession: { participantCount: number } }>(SESSION, { c: s.code }, { token })).data!.liveSession.participantCount).toBe(1);

    // Read-only: asking, voting and linking are refused, and nothing changes.
    const q = await ask(app, member.token, s.id, 'Pertanyaan untuk didukung');
    await expectRefusedUnchanged(app, 'UNAUTHENTICATED', () => app.gql(ASK, { s: s.id, t: 'Dari layar aula', a: false }, { token }));
    await expectRefusedUnchanged(app, 'UNAUTHENTICATED', () => app.gql(VOTE, { q: q.id }, { token }));
    await expectRefusedUnchanged(app, 'UNAUTHENTICATED', () => app.gql(LINK, { s: s.id }, { token }));
    await screen.return?.();
    await person.return?.();
  });

  it('shows only its own session', async () => {
    const f = await app.user(Role.FACILITATOR);
    const mine = await liveSession(app, f.token);
    const other = await liveSession(app, f.token);
    const token = tokenOf(await link(f.token, mine.id));
    const res = await app.gql(SESSION, { c: other.code }, { token });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stream = app.ws(token).iterate<Evt>({ query: EVENTS, variables: { s: other.id } }) as Iter;
    const refused = await next(stream, () => true);
    expect(refused?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is made only by people running meetings, in open sessions', async () => {
    const f = await app.user(Role.FACILITATOR);
    const member = await app.user(Role.MEMBER, '32.11');
    const s = await liveSession(app, f.token);
    await expectRefusedUnchanged(app, 'FORBIDDEN', () => app.gql(LINK, { s: s.id }, { token: member.token }));
    await expectRefusedUnchanged(app, 'UNAUTHENTICATED', () => app.gql(LINK, { s: s.id }));
    await app.gql(CLOSE, { id: s.id, state: 'CLOSED' }, { token: f.token });
    const closed = await expectRefusedUnchanged(app, 'FORBIDDEN', () => app.gql(LINK, { s: s.id }, { token: f.token }));
    expect((closed.errors?.[0]?.extensions as { i18n?: unknown } | undefined)?.i18n).toMatchObject({ en: 'A closed session has no hall-screen link' });
  });

  it('stops the old token at once when the link is made again, over HTTP and on its open socket', async () => {
    const f = await app.user(Role.FACILITATOR);
    const s = await liveSession(app, f.token);
    const old = tokenOf(await link(f.token, s.id));
    const socket = app.ws(old);
    const stream = socket.iterate<Evt>({ query: EVENTS, variables: { s: s.id } }) as Iter;
    await expect.poll(() => app.subscriptions().members).toBeGreaterThan(0);
    const closed = new Promise<number>((resolve) => socket.on('closed', (e) => resolve((e as { code: number }).code)));

    const fresh = tokenOf(await link(f.token, s.id));
    expect(await closed).toBe(4401);
    expect((await app.gql(SESSION, { c: s.code }, { token: old })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(SESSION, { c: s.code }, { token: fresh })).errors).toBeUndefined();
    const [{ count }] = await app.orm.em.getConnection().execute<{ count: string }[]>('select count(*) from live_display where session_id = ?', [Number(s.id)]);
    expect(Number(count)).toBe(1);
    await stream.return?.();
  });

  it('ends with its session', async () => {
    const f = await app.user(Role.FACILITATOR);
    const s = await liveSession(app, f.token);
    const token = tokenOf(await link(f.token, s.id));
    await app.gql(CLOSE, { id: s.id, state: 'CLOSED' }, { token: f.token });
    expect((await app.gql(SESSION, { c: s.code }, { token })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('limits wrong tokens per address, over HTTP and WebSocket together, while a good token keeps working elsewhere', async () => {
    // Behind a proxy, so each request can say which address it comes from.
    const outer = app;
    app = await createTestApp({ trustProxy: true });
    try {
      await limitsWrongTokens();
    } finally {
      await app.close();
      app = outer;
    }
  });
});

async function limitsWrongTokens() {
  {
    const f = await app.user(Role.FACILITATOR);
    const s = await liveSession(app, f.token);
    const good = tokenOf(await link(f.token, s.id));
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    const guesser = '203.0.113.9';
    for (let i = 0; i < 19; i++) await app.gql(SESSION, { c: s.code }, { token: `d.guess${i}`, headers: from(guesser) });
    // The 20th miss comes over the WebSocket: one count for both ways in.
    const ws = app.ws('d.guess-ws', from(guesser));
    const refused = new Promise<number>((resolve) => ws.on('closed', (e) => resolve((e as { code: number }).code)));
    ws.iterate({ query: EVENTS, variables: { s: s.id } });
    expect(await refused).toBe(4403);
    // Now even the right token gets no lookup from that address; from another it works.
    expect((await app.gql(SESSION, { c: s.code }, { token: good, headers: from(guesser) })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(SESSION, { c: s.code }, { token: good, headers: from('198.51.100.7') })).errors).toBeUndefined();
  }
}
