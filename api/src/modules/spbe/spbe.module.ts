import type { ModuleManifest } from '../../core/module.js';
import { SpbeFramework } from './framework.entity.js';
import { SpbeAspect, SpbeDomain, SpbeIndicator } from './structure.entity.js';
import { SpbeAspectResolver, SpbeDomainResolver, SpbeFrameworkResolver, SpbeIndicatorResolver } from './spbe.resolver.js';
import { frameworkByCodeLoaderFactory, frameworkStructureLoaderFactory } from './spbe.loaders.js';
import { seedFrameworks } from './spbe.seed.js';

/** SPBE frameworks as versioned data (domains, aspects, indicators, weights) and the index arithmetic. */
export const spbeModule: ModuleManifest = {
  name: 'spbe',
  entities: [SpbeFramework, SpbeDomain, SpbeAspect, SpbeIndicator],
  resolvers: [SpbeFrameworkResolver, SpbeDomainResolver, SpbeAspectResolver, SpbeIndicatorResolver],
  loaders: { frameworkByCode: frameworkByCodeLoaderFactory, frameworkStructure: frameworkStructureLoaderFactory },
  seeds: { reference: seedFrameworks },
};
