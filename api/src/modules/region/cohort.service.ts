import type { Context } from '../../core/context.js';
import { badInput, conflict, notFound } from '../../core/errors.js';
import { authorize } from '../../core/auth/policy.js';
import { Cohort } from './cohort.entity.js';
import { Region } from './region.entity.js';
import { canManageCohorts } from './cohort.policy.js';
import type { CohortMembersInput, CreateCohortInput } from './region.types.js';

export async function createCohort(ctx: Context, input: CreateCohortInput): Promise<Cohort> {
  authorize(ctx, canManageCohorts, undefined);
  return ctx.em.transactional(async (em) => {
    if (await em.count(Cohort, { slug: input.slug })) throw conflict(`Cohort ${input.slug} already exists`, `Kohort ${input.slug} sudah ada`);
    const cohort = em.create(Cohort, { slug: input.slug, name: input.name.trim(), description: input.description?.trim() || undefined });
    return cohort;
  });
}

async function loadMembersChange(ctx: Context, input: CohortMembersInput) {
  authorize(ctx, canManageCohorts, undefined);
  const codes = [...new Set(input.regionCodes)];
  const cohort = await ctx.em.findOne(Cohort, { slug: input.slug });
  if (!cohort) throw notFound('Cohort', 'Kohort');
  const regions = await ctx.em.find(Region, { code: { $in: codes } });
  if (regions.length !== codes.length) {
    const known = new Set(regions.map((r) => r.code));
    const unknown = codes.filter((c) => !known.has(c));
    throw badInput(`Unknown region codes: ${unknown.join(', ')}`, `Kode wilayah tidak dikenal: ${unknown.join(', ')}`, [
      { field: 'regionCodes', message: 'unknown' },
    ]);
  }
  return { cohort, regions };
}

export async function addCohortMembers(ctx: Context, input: CohortMembersInput): Promise<Cohort> {
  const { cohort, regions } = await loadMembersChange(ctx, input);
  await ctx.em.transactional(async (em) => {
    const rows = regions.map((r) => ({ cohort_slug: cohort.slug, region_code: r.code }));
    await em.execute(
      `insert into cohort_member (cohort_slug, region_code) select * from jsonb_to_recordset(?::jsonb) as t(cohort_slug text, region_code text) on conflict do nothing`,
      [JSON.stringify(rows)],
    );
  });
  return cohort;
}

export async function removeCohortMembers(ctx: Context, input: CohortMembersInput): Promise<Cohort> {
  const { cohort, regions } = await loadMembersChange(ctx, input);
  await ctx.em.transactional(async (em) => {
    await em.execute(`delete from cohort_member where cohort_slug = ? and region_code in (select jsonb_array_elements_text(?::jsonb))`, [
      cohort.slug,
      JSON.stringify(regions.map((r) => r.code)),
    ]);
  });
  return cohort;
}
