import { sql, textArray } from '../../../core/db/sql.js';

export const addMembersSql = (slug: string, codes: readonly string[]) =>
  sql`insert into cohort_member (cohort_slug, region_code) select ${slug}, code from unnest(${textArray(codes)}) as code on conflict do nothing`;

export const removeMembersSql = (slug: string, codes: readonly string[]) =>
  sql`delete from cohort_member where cohort_slug = ${slug} and region_code = any(${textArray(codes)})`;
