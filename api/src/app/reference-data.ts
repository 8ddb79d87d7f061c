import { readFile } from 'node:fs/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadFramework, type FrameworkDocument } from '../modules/spbe/framework.loader.js';
import { seedRegions } from '../modules/region/region.seed.js';
import { seedCategories } from '../modules/forum/category.seed.js';

const FRAMEWORK_FILES = ['spbe-2020.json', 'pemdi-2025-aspects.json'];

async function readFramework(file: string): Promise<FrameworkDocument> {
  const url = new URL(`../modules/spbe/data/${file}`, import.meta.url);
  return JSON.parse(await readFile(url, 'utf8')) as FrameworkDocument;
}

/** Data every installation needs (regions, frameworks, the pilot cohort). Idempotent. */
export async function seedReferenceData(em: EntityManager): Promise<void> {
  const docs = await Promise.all(FRAMEWORK_FILES.map(readFramework));
  await em.transactional(async (tx) => {
    await seedRegions(tx);
    for (const doc of docs) await loadFramework(tx, doc);
    await seedCategories(tx);
  });
}
