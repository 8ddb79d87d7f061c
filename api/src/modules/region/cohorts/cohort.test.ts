import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, Role, type TestApp } from '../../../../test/harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const ADD = `mutation($i: CohortMembersInput!) { addCohortMembers(input: $i) { slug memberCount } }`;
const REMOVE = `mutation($i: CohortMembersInput!) { removeCohortMembers(input: $i) { slug memberCount members { code } } }`;
const CREATE = `mutation($i: CreateCohortInput!) { createCohort(input: $i) { slug name memberCount } }`;

describe('cohorts', () => {
  it('is seeded with the living-lab pilot regions', async () => {
    const res = await app.gql<{ cohorts: { slug: string; name: string; members: { name: string }[] }[] }>(`{ cohorts { slug name members { name } } }`);
    const lab = res.data!.cohorts.find((c) => c.slug === 'living-lab-2022')!;
    expect(lab.name).toBe('Indonesian Digital Service Living Lab');
    expect(lab.members.map((m) => m.name)).toEqual(
      expect.arrayContaining(['Kabupaten Sumedang', 'Kabupaten Belitung', 'Kabupaten Siak', 'Kabupaten Konawe Selatan', 'Kabupaten Karawang']),
    );
  });

  it('lets an admin create a cohort and add and remove members idempotently', async () => {
    const admin = await app.user(Role.ADMIN);
    const created = await app.gql(CREATE, { i: { slug: 'jabar-2026', name: 'Jawa Barat 2026' } }, { token: admin.token });
    expect(created.data).toEqual({ createCohort: { slug: 'jabar-2026', name: 'Jawa Barat 2026', memberCount: 0 } });
    const dup = await app.gql(CREATE, { i: { slug: 'jabar-2026', name: 'Again' } }, { token: admin.token });
    expect(dup.errors?.[0].extensions?.code).toBe('CONFLICT');
    await app.gql(ADD, { i: { slug: 'jabar-2026', regionCodes: ['32.11', '32.15'] } }, { token: admin.token });
    const again = await app.gql(ADD, { i: { slug: 'jabar-2026', regionCodes: ['32.11', '32.73'] } }, { token: admin.token });
    expect(again.data).toEqual({ addCohortMembers: { slug: 'jabar-2026', memberCount: 3 } });
    const removed = await app.gql(REMOVE, { i: { slug: 'jabar-2026', regionCodes: ['32.15'] } }, { token: admin.token });
    expect(removed.data).toEqual({ removeCohortMembers: { slug: 'jabar-2026', memberCount: 2, members: [{ code: '32.11' }, { code: '32.73' }] } });
  });

  it('changes nothing when any region code is unknown', async () => {
    const admin = await app.user(Role.ADMIN);
    const res = await app.gql(ADD, { i: { slug: 'living-lab-2022', regionCodes: ['32.04', '99.99'] } }, { token: admin.token });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toContain('99.99');
    expect(res.errors?.[0].extensions?.validCodes).toEqual(['32.04']);
    expect(res.errors?.[0].extensions?.i18n).toEqual(expect.objectContaining({ id: 'Kode wilayah tidak dikenal: 99.99; tidak ada yang ditambahkan (1 kode lain valid)' }));
    const after = await app.gql<{ cohort: { memberCount: number } }>(`{ cohort(slug: "living-lab-2022") { memberCount } }`);
    expect(after.data?.cohort.memberCount).toBe(5);
    const bad = await app.gql(CREATE, { i: { slug: 'Bad Slug', name: 'x' } }, { token: admin.token });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is for admins only', async () => {
    for (const role of [Role.FACILITATOR, Role.REGION_ADMIN, Role.MEMBER]) {
      const u = await app.user(role, role === Role.FACILITATOR ? undefined : '32.11');
      const res = await app.gql(ADD, { i: { slug: 'living-lab-2022', regionCodes: ['32.04'] } }, { token: u.token });
      expect(res.errors?.[0].extensions?.code, role).toBe('FORBIDDEN');
    }
    expect((await app.gql(CREATE, { i: { slug: 'x-y', name: 'XY' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lists cohorts with their members in the same number of statements for 2 or 6 cohorts', async () => {
    const admin = await app.user(Role.ADMIN);
    const LIST = `{ cohorts { slug memberCount members { code province { name } } } }`;
    const count = async () => {
      app.queries.reset();
      const res = await app.gql<{ cohorts: { memberCount: number; members: unknown[] }[] }>(LIST, {}, { token: admin.token });
      expect(res.data!.cohorts.every((c) => c.memberCount === c.members.length)).toBe(true);
      return app.queries.count();
    };
    for (const slug of ['n1-a', 'n1-b']) await app.gql(CREATE, { i: { slug, name: `Kohort ${slug}` } }, { token: admin.token });
    const few = await count();
    for (const slug of ['n1-c', 'n1-d', 'n1-e', 'n1-f']) {
      await app.gql(CREATE, { i: { slug, name: `Kohort ${slug}` } }, { token: admin.token });
      await app.gql(ADD, { i: { slug, regionCodes: ['32.11', '14.08'] } }, { token: admin.token });
    }
    expect(await count()).toBe(few);
  });
});
