import type { EntityManager } from '@mikro-orm/postgresql';
import { SpbeFramework } from './framework.entity.js';
import { SpbeAspect, SpbeDomain, SpbeIndicator } from './structure.entity.js';

/** The JSON shape frameworks are published in (see data/). Domains are optional. */
export interface FrameworkDocument {
  code: string;
  title: string;
  scale?: { min: number; max: number };
  levels?: { level: number; name: string }[];
  predicates?: { name: string; minScore: number }[];
  domains?: DomainDocument[];
  aspects?: AspectDocument[];
}
interface DomainDocument {
  number: number;
  name: string;
  weightPercent: number;
  aspects: AspectDocument[];
}
interface AspectDocument {
  number: number;
  name: string;
  weightPercent?: number;
  indicatorWeightPercent?: number;
  indicators?: { number: number; name: string; weightPercent?: number }[];
}

/**
 * Stores a framework document unless a framework with that code exists. A published framework
 * is never rewritten: assessments refer to it, so a change is a new code (a new version).
 */
export async function loadFramework(em: EntityManager, doc: FrameworkDocument): Promise<boolean> {
  if (await em.count(SpbeFramework, { code: doc.code })) return false;
  const framework = em.create(SpbeFramework, {
    code: doc.code,
    title: doc.title,
    minLevel: doc.scale?.min ?? 1,
    maxLevel: doc.scale?.max ?? 5,
    levels: doc.levels ?? [],
    predicates: [...(doc.predicates ?? [])].sort((a, b) => b.minScore - a.minScore),
    isDraft: false,
  });
  let indicatorCount = 0;
  const addAspect = (a: AspectDocument, domain?: SpbeDomain) => {
    const indicators = a.indicators ?? [];
    const weight = a.weightPercent ?? (a.indicatorWeightPercent ?? 0) * indicators.length;
    const aspect = em.create(SpbeAspect, { framework, domain, number: a.number, name: a.name, weightPercent: weight });
    for (const i of indicators) {
      indicatorCount++;
      em.create(SpbeIndicator, {
        framework,
        aspect,
        number: i.number,
        name: i.name,
        weightPercent: i.weightPercent ?? a.indicatorWeightPercent ?? 0,
      });
    }
  };
  for (const d of doc.domains ?? []) {
    const domain = em.create(SpbeDomain, { framework, number: d.number, name: d.name, weightPercent: d.weightPercent });
    d.aspects.forEach((a) => addAspect(a, domain));
  }
  (doc.aspects ?? []).forEach((a) => addAspect(a));
  framework.isDraft = indicatorCount === 0;
  await em.flush();
  return true;
}
