import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getNamedType, isLeafType, isObjectType, isNonNullType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { createTestApp, Role, type TestApp } from './harness.js';
import { newThread, reply } from './forum-helpers.js';
import { ask, liveSession, VOTE } from './live-helpers.js';
import { buildAppSchema } from '../src/core/graphql/schema.js';
import { createEventBus } from '../src/core/events/bus.js';
import { app as composed } from '../src/app/modules.js';
import { isPerViewerField } from '../src/core/realtime/shared-subscribe.js';

let app: TestApp;
let schema: GraphQLSchema;
beforeAll(async () => {
  app = await createTestApp();
  schema = await buildAppSchema(composed().resolvers, createEventBus().pubsub);
});
afterAll(() => app?.close());

/** Every field of a type that needs no argument, down to `depth` levels (a subscription event's whole reach). */
function selection(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined));
  const parts = fields.flatMap((f) => {
    const named = getNamedType(f.type);
    if (isLeafType(named)) return [f.name];
    if (depth === 0 || !isObjectType(named)) return [];
    const inner = selection(named, depth - 1);
    return inner ? [`${f.name} { ${inner} }`] : [];
  });
  return parts.join(' ');
}

/** Paths where the two answers differ, each with the field names along it. */
function differences(a: unknown, b: unknown, path: string[] = []): string[][] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], /^\d+$/.test(k) ? path : [...path, k]));
  }
  return [path];
}

/**
 * The fan-out executes an event once for everyone in an audience unless the document selects a
 * field named as per-viewer (shared-subscribe.ts). A field whose value depends on who asks but
 * is not so named would show one viewer's data to others: two members in the same audience must
 * see the same everywhere except under such fields.
 */
describe('per-viewer fields', () => {
  const check = (data: [unknown, unknown]) => {
    const leaks = differences(...data).filter((p) => !p.some(isPerViewerField));
    expect(leaks.map((p) => p.join('.'))).toEqual([]);
    // The test must see differences at all, or it would pass for any schema.
    expect(differences(...data).length).toBeGreaterThan(0);
  };

  it('differ only under per-viewer names on a thread', async () => {
    const author = await app.user(Role.MEMBER, '32.11');
    const b = await app.user(Role.MEMBER, '14.08');
    const c = await app.user(Role.MEMBER, '19.02');
    const t = await newThread(app, author.token);
    const r = await reply(app, author.token, t.id, 'balasan untuk diberi reaksi');
    await app.gql(`mutation($i: ToggleReactionInput!) { toggleReaction(input: $i) { id } }`, { i: { postId: r.id, emoji: '🙏' } }, { token: b.token });
    await app.gql(`mutation($t: ID!) { markThreadRead(threadId: $t) { id } }`, { t: t.id }, { token: b.token });
    const q = `query($t: ID!) { thread(id: $t) { ${selection(schema.getType('Thread') as GraphQLObjectType, 3)} } }`;
    const [asB, asC] = await Promise.all([b, c].map((u) => app.gql(q, { t: t.id }, { token: u.token })));
    expect(asB.errors).toBeUndefined();
    check([asB.data, asC.data]);
  });

  it('differ only under per-viewer names in a live session', async () => {
    const f = await app.user(Role.FACILITATOR);
    const b = await app.user(Role.MEMBER, '14.08');
    const c = await app.user(Role.MEMBER, '19.02');
    const s = await liveSession(app, f.token);
    const question = await ask(app, f.token, s.id, 'Pertanyaan untuk diberi suara');
    await app.gql(VOTE, { q: question.id }, { token: b.token });
    const q = `query($c: String!) { liveSession(code: $c) { ${selection(schema.getType('LiveSession') as GraphQLObjectType, 3)} } }`;
    const [asB, asC] = await Promise.all([b, c].map((u) => app.gql(q, { c: s.code }, { token: u.token })));
    expect(asB.errors).toBeUndefined();
    check([asB.data, asC.data]);
  });
});
