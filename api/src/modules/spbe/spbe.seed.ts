import { readFile } from 'node:fs/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadFramework, type FrameworkDocument } from './framework.loader.js';

const FRAMEWORK_FILES = ['spbe-2020.json', 'pemdi-2025-aspects.json'];

async function readFramework(file: string): Promise<FrameworkDocument> {
  return JSON.parse(await readFile(new URL(`./data/${file}`, import.meta.url), 'utf8')) as FrameworkDocument;
}

/** The frameworks every installation assesses against (SPBE 2020; Indeks Pemdi 2025 as a draft). Idempotent. */
export async function seedFrameworks(em: EntityManager): Promise<void> {
  for (const doc of await Promise.all(FRAMEWORK_FILES.map(readFramework))) await loadFramework(em, doc);
}
