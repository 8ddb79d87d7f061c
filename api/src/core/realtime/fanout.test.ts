import { MessageType, parseMessage } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createTestApp, Role, type TestApp } from '../../../test/harness.js';
import { newThread, reply } from '../../../test/forum-helpers.js';
import { channelTo } from './ws-server.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

type Evt = { threadEvents: { kind: string; post: { number: number; body: string | null } | null } };
const EVENTS = `subscription($t: ID!) { threadEvents(threadId: $t) { kind post { number body } } }`;
type Iter = AsyncIterableIterator<{ data?: Evt | null; errors?: unknown }>;

async function until(check: () => boolean, ms = 3000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function nextPost(it: Iter): Promise<Evt['threadEvents']> {
  for (;;) {
    const res = await Promise.race([it.next(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no event')), 3000))]);
    if (res.value?.errors) throw new Error(JSON.stringify(res.value.errors));
    const e = res.value!.data!.threadEvents;
    if (e.kind === 'POST_ADDED') return e;
  }
}

describe('fan-out', () => {
  it('serves every subscriber of one topic and document from one group, and closes it when they leave', async () => {
    const author = await app.user(Role.MEMBER, '32.11');
    const t = await newThread(app, author.token);
    const tokens = await app.users(12, '14.08');
    const before = app.subscriptions();
    const streams = tokens.map((token) => app.ws(token).iterate<Evt>({ query: EVENTS, variables: { t: t.id } }) as Iter);
    // The same document with other variables (another thread) is another group.
    const other = await newThread(app, author.token, { title: 'Topik lain tentang SPBE' });
    const elsewhere = app.ws(tokens[0]).iterate<Evt>({ query: EVENTS, variables: { t: other.id } }) as Iter;
    // Iterating starts the subscription: ask for the first event of each, then wait until all have joined.
    const firsts = streams.map((s) => nextPost(s));
    const firstElsewhere = nextPost(elsewhere);
    await until(() => app.subscriptions().members === before.members + 13);
    expect(app.subscriptions().groups).toBe(before.groups + 2);

    await reply(app, author.token, t.id, 'Satu pesan untuk semua');
    const got = await Promise.all(firsts);
    expect(got.map((e) => e.post?.number)).toEqual(tokens.map(() => 2));
    expect(new Set(got.map((e) => e.post?.body))).toEqual(new Set(['<p>Satu pesan untuk semua</p>\n']));

    await reply(app, author.token, other.id, 'Pesan di topik lain');
    expect((await firstElsewhere).post?.body).toBe('<p>Pesan di topik lain</p>\n');

    await Promise.all([...streams, elsewhere].map((s) => s.return?.()));
    await until(() => app.subscriptions().members === before.members);
    expect(app.subscriptions().groups).toBe(before.groups);
  });

  it('refuses a subscription the resolver refuses, without joining a group', async () => {
    const member = await app.user(Role.MEMBER, '32.11');
    const before = app.subscriptions();
    const stream = app.ws(member.token).iterate<Evt>({ query: EVENTS, variables: { t: '999999' } }) as Iter;
    const res = await stream.next();
    expect((res.value?.errors as { extensions?: { code?: string } }[] | undefined)?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(app.subscriptions()).toEqual(before);
  });

  it('closes a socket that cannot keep up instead of buffering for it without end', () => {
    const sent: string[] = [];
    const closed: [number, string][] = [];
    const socket = { readyState: WebSocket.OPEN, bufferedAmount: 0, send: (m: string) => void sent.push(m), close: (code: number, why: string) => void closed.push([code, why]) };
    const channel = channelTo(socket as unknown as WebSocket, 'abc');
    channel('{"data":{"x":1}}');
    // A protocol message as graphql-ws itself reads it.
    expect(parseMessage(sent[0])).toEqual({ id: 'abc', type: MessageType.Next, payload: { data: { x: 1 } } });
    socket.bufferedAmount = 5 * 1024 * 1024;
    channel('{"data":{"x":2}}');
    expect(sent).toHaveLength(1);
    expect(closed).toEqual([[1013, 'Too slow']]);
  });
});
