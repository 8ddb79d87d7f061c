import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../../core/errors.js';
import { execute } from '../../../core/db/query.js';
import { allRegions } from '../../region/index.js';
import { SpbeFramework, loadFrameworkStructure } from '../../spbe/index.js';
import { forumMessages as m } from '../forum.messages.js';
import { replaceThreadRegionsSql } from '../reads/forum.writes.sql.js';

/** The framework whose indicator numbers threads refer to. */
export const FORUM_FRAMEWORK = 'SPBE-2020';

export interface ThreadMeta {
  indicatorNumbers: number[];
  regionCodes: string[];
  tags: string[];
}

/** Checks indicator numbers (against the framework) and region codes exist; normalises tags (lower case, unique). */
export async function checkThreadMeta(em: EntityManager, meta: Partial<ThreadMeta>): Promise<Partial<ThreadMeta>> {
  const out: Partial<ThreadMeta> = {};
  if (meta.indicatorNumbers) {
    const framework = await em.findOneOrFail(SpbeFramework, { code: FORUM_FRAMEWORK });
    const known = new Set((await loadFrameworkStructure(em, framework.id)).indicators.map((i) => i.number));
    const unknown = meta.indicatorNumbers.filter((n) => !known.has(n));
    if (unknown.length) throw badInput(m.unknownIndicators, { numbers: unknown.join(', '), count: known.size }, [{ field: 'indicatorNumbers', message: 'unknown' }]);
    out.indicatorNumbers = [...new Set(meta.indicatorNumbers)].sort((a, b) => a - b);
  }
  if (meta.regionCodes) {
    const codes = [...new Set(meta.regionCodes)];
    const regions = await allRegions(em);
    if (codes.some((c) => !regions.has(c))) throw badInput(m.unknownRegion, {}, [{ field: 'regionCodes', message: 'unknown' }]);
    out.regionCodes = codes;
  }
  if (meta.tags) out.tags = [...new Set(meta.tags.map((t) => t.trim().toLowerCase()))];
  return out;
}

export async function setThreadRegions(em: EntityManager, threadId: number, codes: string[]): Promise<void> {
  await execute(em, replaceThreadRegionsSql(threadId, codes));
}
