import DataLoader from 'dataloader';
import type { LoaderFactory } from '../../core/loaders.js';
import { allRegions } from './region.cache.js';
import type { RegionView } from './region.view.js';

declare module '../../core/loaders.js' {
  interface Loaders {
    region: DataLoader<string, RegionView | null>;
  }
}

/** Regions by code, from the process-wide copy of all 514 (see region.cache.ts). */
export const regionLoaderFactory: LoaderFactory<DataLoader<string, RegionView | null>> = {
  create: (em) =>
    new DataLoader(async (codes) => {
      const regions = await allRegions(em);
      return codes.map((c) => regions.get(c) ?? null);
    }),
};
