import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { parse } from 'csv-parse/sync';
import { Cohort } from '../cohorts/cohort.entity.js';
import { Province } from './province.entity.js';
import { Region, regionKindFromName } from './region.entity.js';

const require = createRequire(import.meta.url);

async function readCsv(file: string): Promise<string[][]> {
  const dir = path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
  const rows = parse(await fs.readFile(path.join(dir, file), 'utf8'), { skip_empty_lines: true }) as string[][];
  return rows.slice(1);
}

export const LIVING_LAB_COHORT = {
  slug: 'living-lab-2022',
  name: 'Indonesian Digital Service Living Lab',
  description: 'Pilot regions of the Digital Service Living Lab, hosted by Kabupaten Sumedang',
  // Sumedang and the four regions it granted its SPBE applications to in January 2023.
  members: ['32.11', '19.02', '14.08', '74.05', '32.15'],
};

/** Upserts the 38 provinces and 514 kabupaten/kota; idempotent, runs in production too. */
export async function seedRegions(em: EntityManager): Promise<void> {
  const provinces = await readCsv('provinces.csv');
  const regencies = await readCsv('regencies.csv');
  await em.createQueryBuilder(Province).insert(provinces.map(([code, name]) => ({ code, name }))).onConflict('code').merge(['name']).execute();
  await em
    .createQueryBuilder(Region)
    .insert(regencies.map(([code, province, name]) => ({ code, province, name, kind: regionKindFromName(name) })))
    .onConflict('code')
    .merge(['name', 'kind'])
    .execute();
  if (!(await em.count(Cohort, { slug: LIVING_LAB_COHORT.slug }))) {
    const cohort = em.create(Cohort, { slug: LIVING_LAB_COHORT.slug, name: LIVING_LAB_COHORT.name, description: LIVING_LAB_COHORT.description });
    for (const code of LIVING_LAB_COHORT.members) cohort.members.add(em.getReference(Region, code));
    await em.flush();
  }
}
