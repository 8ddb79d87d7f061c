import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.js';
import { compile, intArray, jsonb, joinSql, sql, textArray, whereAll } from './sql.js';
import { execute, query, queryOne } from './query.js';

describe('the sql tag', () => {
  it('binds every value and numbers placeholders, across nested fragments', () => {
    const name = "x'; drop table app_user; --";
    const inner = sql`u.name = ${name}`;
    const c = compile(sql`select 1 from app_user u where u.id = ${7} and ${inner} and u.role = any(${textArray(['ADMIN'])})`);
    expect(c.text).toBe('select 1 from app_user u where u.id = $1 and u.name = $2 and u.role = any($3::text[])');
    expect(c.values).toEqual([7, name, ['ADMIN']]);
  });

  it('leaves question marks and jsonb operators in the text alone', () => {
    const c = compile(sql`select '?' as q, '{"a":1}'::jsonb ? 'a' as has, ${1} as one`);
    expect(c.text).toBe(`select '?' as q, '{"a":1}'::jsonb ? 'a' as has, $1 as one`);
  });

  it('refuses to be called with a string built at run time', () => {
    const text = 'select 1';
    const fake = Object.assign([text], { raw: [text] }) as unknown as TemplateStringsArray;
    expect(() => sql(fake)).toThrow(/template tag/);
  });

  it('joins fragments and builds where clauses', () => {
    expect(compile(whereAll([])).text).toBe('');
    expect(compile(whereAll([sql`a = ${1}`, sql`b = ${2}`])).text).toBe('where a = $1 and b = $2');
    expect(compile(joinSql([sql`${1}`, sql`${2}`, sql`${3}`])).text).toBe('$1, $2, $3');
    expect(() => intArray([1, 1.5])).toThrow(/not an integer/);
  });
});

describe('statements on the database', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app?.close());

  it('pass arrays and JSON as one parameter each', async () => {
    const rows = await query<{ n: number }>(app.orm.em, sql`select n from unnest(${intArray([3, 1, 2])}) as n order by n`);
    expect(rows.map((r) => r.n)).toEqual([1, 2, 3]);
    const row = await queryOne<{ v: string }>(app.orm.em, sql`select ${jsonb({ a: [{ b: 'c' }] })} ->'a'->0->>'b' as v`);
    expect(row).toEqual({ v: 'c' });
  });

  it('run on the transaction’s connection inside one: see its writes, and are undone with it', async () => {
    const em = app.orm.em.fork();
    const slug = `tx-test-${Date.now()}`;
    await expect(
      em.transactional(async (tx) => {
        await execute(tx, sql`insert into cohort (slug, name) values (${slug}, 'Uji')`);
        // Read through the ORM in the same transaction: it sees the row written by plain SQL.
        expect(await tx.getConnection().execute(`select count(*)::int as n from cohort where slug = '${slug}'`, [], 'get', tx.getTransactionContext())).toEqual({ n: 1 });
        expect(await queryOne(tx, sql`select slug from cohort where slug = ${slug}`)).toEqual({ slug });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await query(app.orm.em, sql`select slug from cohort where slug = ${slug}`)).toEqual([]);
  });
});
