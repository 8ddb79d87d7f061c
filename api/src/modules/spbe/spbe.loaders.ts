import DataLoader from 'dataloader';
import type { LoaderFactory } from '../../core/loaders.js';
import { SpbeFramework } from './framework.entity.js';
import { loadFrameworkStructure, type FrameworkStructure } from './framework.structure.js';

export interface SpbeLoaders {
  frameworkByCode: DataLoader<string, SpbeFramework | null>;
  /** A framework's tree and scoring shape (cached per process: published frameworks never change). */
  frameworkStructure: DataLoader<number, FrameworkStructure>;
}

declare module '../../core/loaders.js' {
  interface Loaders {
    frameworkByCode: SpbeLoaders['frameworkByCode'];
    frameworkStructure: SpbeLoaders['frameworkStructure'];
  }
}

export const frameworkByCodeLoaderFactory: LoaderFactory<SpbeLoaders['frameworkByCode']> = {
  create: (em) =>
    new DataLoader(async (codes) => {
      const rows = await em.find(SpbeFramework, { code: { $in: [...codes] } });
      const byCode = new Map(rows.map((f) => [f.code, f]));
      return codes.map((c) => byCode.get(c) ?? null);
    }),
};

export const frameworkStructureLoaderFactory: LoaderFactory<SpbeLoaders['frameworkStructure']> = {
  create: (em) => new DataLoader((ids) => Promise.all(ids.map((id) => loadFrameworkStructure(em, id)))),
};
