import type { EntityManager } from '@mikro-orm/postgresql';
import { SpbeFramework } from './framework.entity.js';
import { SpbeAspect, SpbeDomain, SpbeIndicator } from './structure.entity.js';
import type { FrameworkShape } from './scoring.js';

/** A framework with its tree, plus the flat shape the scoring functions need. */
export interface FrameworkStructure {
  framework: SpbeFramework;
  domains: SpbeDomain[];
  aspects: SpbeAspect[];
  indicators: SpbeIndicator[];
  shape: FrameworkShape;
}

// Published frameworks never change (a revision is a new code), so their structure is cached per process.
const cache = new Map<number, Promise<FrameworkStructure>>();

async function fetchStructure(em: EntityManager, id: number): Promise<FrameworkStructure> {
  // Inside a transaction the reads use its connection (embedded PostgreSQL has only one).
  const fork = em.fork({ keepTransactionContext: true });
  const framework = await fork.findOneOrFail(SpbeFramework, id);
  // One after another: on one connection (a transaction's) parallel statements only queue.
  const domains = await fork.find(SpbeDomain, { framework: id }, { orderBy: { number: 'asc' } });
  const aspects = await fork.find(SpbeAspect, { framework: id }, { orderBy: { number: 'asc' } });
  const indicators = await fork.find(SpbeIndicator, { framework: id }, { orderBy: { number: 'asc' } });
  const domainNumberById = new Map(domains.map((d) => [d.id, d.number]));
  const aspectById = new Map(aspects.map((a) => [a.id, a]));
  const shape: FrameworkShape = {
    predicates: framework.predicates,
    indicators: indicators.map((i) => {
      const aspect = aspectById.get(i.aspect.id)!;
      return {
        number: i.number,
        weightPercent: i.weightPercent,
        aspectNumber: aspect.number,
        domainNumber: aspect.domain ? (domainNumberById.get(aspect.domain.id) ?? null) : null,
      };
    }),
  };
  return { framework, domains, aspects, indicators, shape };
}

export function loadFrameworkStructure(em: EntityManager, id: number): Promise<FrameworkStructure> {
  let hit = cache.get(id);
  if (!hit) {
    hit = fetchStructure(em, id);
    cache.set(id, hit);
    hit.catch(() => cache.delete(id));
  }
  return hit;
}

/** Tests recreate databases with the same ids; they clear the cache between files. */
export function clearFrameworkStructureCache(): void {
  cache.clear();
}
