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
  const fork = em.fork();
  const framework = await fork.findOneOrFail(SpbeFramework, id);
  const [domains, aspects, indicators] = await Promise.all([
    fork.find(SpbeDomain, { framework: id }, { orderBy: { number: 'asc' } }),
    fork.find(SpbeAspect, { framework: id }, { orderBy: { number: 'asc' } }),
    fork.find(SpbeIndicator, { framework: id }, { orderBy: { number: 'asc' } }),
  ]);
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
