import type { MikroORM } from '@mikro-orm/postgresql';
import type { ModuleManifest } from '../module.js';

/** Every module's reference data (regions, frameworks, categories), in module order, in one transaction. Idempotent. */
export async function seedReference(orm: MikroORM, modules: readonly ModuleManifest[]): Promise<void> {
  await orm.em.fork().transactional(async (tx) => {
    for (const m of modules) await m.seeds?.reference?.(tx);
  });
}

/** Every module's demo data, once (each says whether it seeded); true when anything was seeded. */
export async function seedDemo(orm: MikroORM, modules: readonly ModuleManifest[]): Promise<boolean> {
  let seeded = false;
  for (const m of modules) {
    if (!m.seeds?.demo) continue;
    const seed = m.seeds.demo;
    if (await orm.em.fork().transactional((tx) => seed(tx))) seeded = true;
  }
  return seeded;
}
