import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.js';
import { MOVE, cast, expectRefusedUnchanged } from '../../../../test/challenge-helpers.js';
import { CHALLENGE_LIMITS as L } from '../challenge.limits.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

interface Moved {
  moveChallengeStage: { stage: string; timeline: { fromStage: string | null; toStage: string; note: string | null; by: { id: string } }[] };
}

describe('moveChallengeStage', () => {
  it('moves along the table, back only with a reason, and records every move on the timeline', async () => {
    const { lead, facilitator, challengeId } = await cast(app);
    const move = (token: string, to: string, note?: string) => app.gql<Moved>(MOVE, { i: { challengeId, to, note } }, { token });
    expect((await move(lead.token, 'CO_CREATION')).data?.moveChallengeStage.stage).toBe('CO_CREATION');
    const noReason = await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => move(lead.token, 'EXPLORATION'));
    expect(noReason.errors![0]!.extensions).toMatchObject({ i18n: { en: 'Moving back a stage needs a reason' } });
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => move(lead.token, 'EXPLORATION', '   '));
    const back = await move(facilitator.token, 'EXPLORATION', 'Masalahnya belum jelas');
    expect(back.data?.moveChallengeStage.timeline).toEqual([
      { fromStage: null, toStage: 'EXPLORATION', note: null, by: { id: String(lead.user.id) } },
      { fromStage: 'EXPLORATION', toStage: 'CO_CREATION', note: null, by: { id: String(lead.user.id) } },
      { fromStage: 'CO_CREATION', toStage: 'EXPLORATION', note: 'Masalahnya belum jelas', by: { id: String(facilitator.user.id) } },
    ]);
  });

  it('refuses a move not in the table, and an over-long note, changing nothing', async () => {
    const { lead, challengeId } = await cast(app);
    const skip = await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => app.gql(MOVE, { i: { challengeId, to: 'EVALUATION' } }, { token: lead.token }));
    expect(skip.errors![0]!.extensions).toMatchObject({ i18n: { en: 'A challenge cannot move from EXPLORATION to EVALUATION' } });
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => app.gql(MOVE, { i: { challengeId, to: 'EXPLORATION' } }, { token: lead.token }));
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => app.gql(MOVE, { i: { challengeId, to: 'CO_CREATION', note: 'n'.repeat(L.noteMax + 1) } }, { token: lead.token }));
    expect((await app.gql<Moved>(MOVE, { i: { challengeId, to: 'ARCHIVED' } }, { token: lead.token })).data?.moveChallengeStage.stage).toBe('ARCHIVED');
    await expectRefusedUnchanged(app, 'BAD_USER_INPUT', () => app.gql(MOVE, { i: { challengeId, to: 'EXPLORATION', note: 'Buka lagi' } }, { token: lead.token }));
  });

  it('is for the leads and staff only', async () => {
    const { member, other, elsewhere, challengeId } = await cast(app);
    for (const who of [member, other, elsewhere]) {
      const res = await expectRefusedUnchanged(app, 'FORBIDDEN', () => app.gql(MOVE, { i: { challengeId, to: 'CO_CREATION' } }, { token: who.token }));
      expect(res.errors![0]!.extensions).toMatchObject({ i18n: { en: 'Only the leads of this challenge or a facilitator can do this' } });
    }
    await expectRefusedUnchanged(app, 'UNAUTHENTICATED', () => app.gql(MOVE, { i: { challengeId, to: 'CO_CREATION' } }));
  });

  it('lets two leads moving at once make one move, not two from the same stage', async () => {
    const { lead, facilitator, challengeId } = await cast(app);
    const results = await Promise.all([lead, facilitator].map((who) => app.gql<Moved>(MOVE, { i: { challengeId, to: 'CO_CREATION' } }, { token: who.token })));
    expect(results.filter((r) => r.data?.moveChallengeStage).length).toBe(1);
    expect(results.find((r) => r.errors)?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const res = await app.gql<{ challenge: { timeline: unknown[] } }>(`query($id: ID!) { challenge(id: $id) { timeline { toStage } } }`, { id: challengeId });
    expect(res.data?.challenge.timeline).toHaveLength(2);
  });
});
