import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';
import { next, subscribed, type Iter } from '../../../../test/ws-helpers.js';
import { REMOVE_MEMBER, SET_MEMBER, UPDATE, UPSERT, indicatorIds, planCast } from '../../../../test/plan-helpers.js';

let app: TestApp;
let ids: Map<number, string>;
beforeAll(async () => {
  app = await createTestApp();
  ids = await indicatorIds(app, (await app.user(Role.FACILITATOR)).token);
});
afterAll(() => app?.close());

interface Evt {
  planEvents: {
    kind: string;
    planId: string;
    by: { name: string } | null;
    indicatorId: string | null;
    fields: string[];
    item: { targetLevel: number; actions: string; changes: { field: string; by: { name: string } }[] } | null;
    userId: string | null;
    member: { role: string } | null;
    plan: { state: string; projection: { index: number | null } } | null;
  };
}
const EVENTS = `subscription($p: ID!) { planEvents(planId: $p) { kind planId by { name } indicatorId fields item { targetLevel actions changes { field by { name } } }
  userId member { role } plan { state projection { index } } } }`;

async function listen(token: string, planId: string): Promise<Iter<Evt>> {
  const before = app.subscriptions().members;
  const it = app.ws(token).iterate<Evt>({ query: EVENTS, variables: { p: planId } }) as Iter<Evt>;
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
}

describe('planEvents', () => {
  it('delivers an item change to every other reader, saying who changed which field', async () => {
    const cast = await planCast(app);
    const asViewer = await listen(cast.viewer.token, cast.planId);
    const asFacilitator = await listen(cast.facilitator.token, cast.planId);
    const indicatorId = ids.get(20)!;
    await app.gql(UPSERT, { i: { planId: cast.planId, indicatorId, targetLevel: 4 } }, { token: cast.editor.token });
    for (const events of [asViewer, asFacilitator]) {
      expect((await next(events)).planEvents).toMatchObject({
        kind: 'ITEM_CHANGED', planId: cast.planId, by: { name: 'Budi Editor' }, indicatorId, fields: ['TARGET_LEVEL'],
        item: { targetLevel: 4, changes: [{ field: 'TARGET_LEVEL', by: { name: 'Budi Editor' } }] }, plan: { state: 'DRAFT' },
      });
    }
    await app.gql(UPSERT, { i: { planId: cast.planId, indicatorId, actions: 'Bangun portal layanan' } }, { token: cast.admin.token });
    const second = (await next(asViewer)).planEvents;
    expect(second).toMatchObject({ kind: 'ITEM_CHANGED', by: { name: 'Siti Admin' }, fields: ['ACTIONS'], item: { actions: 'Bangun portal layanan' } });
    expect(Object.fromEntries(second.item!.changes.map((c) => [c.field, c.by.name]))).toEqual({ TARGET_LEVEL: 'Budi Editor', ACTIONS: 'Siti Admin' });
    await next(asFacilitator);
    // A refused write publishes nothing: the next event is the one after it.
    await app.gql(UPSERT, { i: { planId: cast.planId, indicatorId, targetLevel: 6 } }, { token: cast.editor.token });
    await app.gql(SET_MEMBER, { i: { planId: cast.planId, userId: String(cast.staffer.user.id), role: 'COMMENTER' } }, { token: cast.editor.token });
    expect((await next(asViewer)).planEvents).toMatchObject({ kind: 'MEMBER_CHANGED', userId: String(cast.staffer.user.id), member: { role: 'COMMENTER' } });
    await app.gql(REMOVE_MEMBER, { p: cast.planId, u: String(cast.staffer.user.id) }, { token: cast.editor.token });
    expect((await next(asViewer)).planEvents).toMatchObject({ kind: 'MEMBER_REMOVED', userId: String(cast.staffer.user.id), member: null });
    await app.gql(UPDATE, { i: { planId: cast.planId, state: 'IN_REVIEW' } }, { token: cast.editor.token });
    expect((await next(asViewer)).planEvents).toMatchObject({ kind: 'UPDATED', plan: { state: 'IN_REVIEW' } });
    await Promise.all([asViewer.return?.(), asFacilitator.return?.()]);
  });

  it('does not deliver the events of another plan', async () => {
    const one = await planCast(app);
    const two = await planCast(app);
    const events = await listen(one.viewer.token, one.planId);
    await app.gql(UPSERT, { i: { planId: two.planId, indicatorId: ids.get(1), targetLevel: 3 } }, { token: two.editor.token });
    await expect(next(events, 400)).rejects.toThrow(/no event/);
    await events.return?.();
  });

  it("refuses a plan the viewer may not read, like one that does not exist, and sockets without a session", async () => {
    const cast = await planCast(app);
    for (const [token, planId] of [[cast.elsewhere.token, cast.planId], [cast.viewer.token, '99999999']] as const) {
      const res = await (app.ws(token).iterate<Evt>({ query: EVENTS, variables: { p: planId } }) as Iter<Evt>).next();
      expect(res.value?.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', i18n: { en: 'Plan not found' } } });
    }
    const anon = app.ws().iterate<Evt>({ query: EVENTS, variables: { p: cast.planId } }) as Iter<Evt>;
    const refused = await anon.next().then(() => null, (err: unknown) => err);
    expect((refused as { code?: number } | null)?.code).toBe(4403);
  });
});
