import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../core/errors.js';
import { Region } from '../region/region.entity.js';
import { SpbeFramework } from '../spbe/framework.entity.js';
import { loadFrameworkStructure } from '../spbe/framework.structure.js';

/** The framework whose indicator numbers threads refer to. */
export const FORUM_FRAMEWORK = 'SPBE-2020';

export interface ThreadMeta {
  indicatorNumbers: number[];
  regionCodes: string[];
  tags: string[];
}

/** Checks indicator numbers and region codes exist; normalises tags (lower case, unique). */
export async function checkThreadMeta(em: EntityManager, meta: Partial<ThreadMeta>): Promise<Partial<ThreadMeta>> {
  const out: Partial<ThreadMeta> = {};
  if (meta.indicatorNumbers) {
    const framework = await em.findOneOrFail(SpbeFramework, { code: FORUM_FRAMEWORK });
    const known = new Set((await loadFrameworkStructure(em, framework.id)).indicators.map((i) => i.number));
    const unknown = meta.indicatorNumbers.filter((n) => !known.has(n));
    if (unknown.length) {
      throw badInput(`Unknown SPBE indicator ${unknown.join(', ')} (1 to ${known.size})`, `Indikator SPBE ${unknown.join(', ')} tidak dikenal (1 sampai ${known.size})`, [{ field: 'indicatorNumbers', message: 'unknown' }]);
    }
    out.indicatorNumbers = [...new Set(meta.indicatorNumbers)].sort((a, b) => a - b);
  }
  if (meta.regionCodes) {
    const codes = [...new Set(meta.regionCodes)];
    const found = await em.count(Region, { code: { $in: codes } });
    if (found !== codes.length) throw badInput('Unknown region code', 'Kode wilayah tidak dikenal', [{ field: 'regionCodes', message: 'unknown' }]);
    out.regionCodes = codes;
  }
  if (meta.tags) out.tags = [...new Set(meta.tags.map((t) => t.trim().toLowerCase()))];
  return out;
}

export async function setThreadRegions(em: EntityManager, threadId: number, codes: string[]): Promise<void> {
  await em.execute(`delete from forum_thread_region where thread_id = ?`, [threadId]);
  if (codes.length) {
    await em.execute(
      `insert into forum_thread_region (thread_id, region_code) select ?, code from jsonb_array_elements_text(?::jsonb) as code`,
      [threadId, JSON.stringify(codes)],
    );
  }
}
