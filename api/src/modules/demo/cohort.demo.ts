import type { EntityManager } from '@mikro-orm/postgresql';
import { Cohort, Region } from '../region/index.js';
import { SpbeFramework, loadFrameworkStructure } from '../spbe/index.js';
import { Assessment, applyLevels } from '../assessment/index.js';
import { levelsForIndex } from './levels-for-index.js';

/**
 * The living-lab cohort has 62 pilot regions; the reference seed holds the five named in public
 * sources. The demo fills it up with 57 real kabupaten/kota across the provinces, each with demo
 * assessments for 2021 and 2022 (invented, labelled as demo like every demo assessment) around
 * the cohort's cited average of 2.4, so the directory, the cohort and the home page look alive.
 */
export const DEMO_COHORT_MEMBERS = [
  '11.05', '11.14', '11.75', '12.09', '12.18', '12.72', '13.03', '13.12', '14.02', '14.71', '15.08', '16.06', '16.72', '17.07', '18.06',
  '18.72', '21.02', '31.73', '32.07', '32.16', '32.77', '33.07', '33.16', '33.25', '33.75', '35.03', '35.12', '35.21', '35.71', '36.01',
  '51.02', '52.02', '53.01', '53.10', '53.19', '61.06', '62.01', '62.10', '63.05', '64.01', '64.74', '71.04', '71.72', '72.07', '73.03',
  '73.12', '73.26', '74.06', '74.15', '76.01', '81.04', '82.02', '91.03', '92.02', '93.03', '94.08', '96.01',
] as const;

/** Deterministic figures: 2021 between 1.60 and 3.40, then a change of -0.10 to +0.50 in 2022. */
export function demoCohortIndex(i: number): { 2021: number; 2022: number } {
  const first = 1.6 + ((i * 37) % 19) / 10;
  const change = -0.1 + ((i * 13) % 7) / 10;
  const round = (n: number) => Math.round(Math.min(4.6, Math.max(1, n)) * 100) / 100;
  return { 2021: round(first), 2022: round(first + change) };
}

export async function seedDemoCohort(em: EntityManager): Promise<boolean> {
  const cohort = await em.findOne(Cohort, { slug: 'living-lab-2022' }, { populate: ['members'] });
  const framework = await em.findOne(SpbeFramework, { code: 'SPBE-2020' });
  if (!cohort || !framework) return false;
  const known = new Set(cohort.members.getItems().map((r) => r.code));
  const missing = DEMO_COHORT_MEMBERS.filter((c) => !known.has(c));
  if (missing.length === 0) return false;
  const structure = await loadFrameworkStructure(em, framework.id);
  for (const [i, code] of DEMO_COHORT_MEMBERS.entries()) {
    if (known.has(code)) continue;
    cohort.members.add(em.getReference(Region, code));
    const figures = demoCohortIndex(i);
    for (const year of [2021, 2022] as const) {
      const a = em.create(Assessment, { region: code, framework, year, levels: {}, isDemo: true });
      applyLevels(a, structure, levelsForIndex(structure.shape, figures[year], 1000 + i * 2 + year), null, true);
    }
  }
  await em.flush();
  return true;
}
