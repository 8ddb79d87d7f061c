import type { ModuleManifest } from '../../core/module.js';
import { seedDemoData } from './demo.seed.js';

/** Demo people and assessments for trying the hub out (never in production). */
export const demoModule: ModuleManifest = {
  name: 'demo',
  seeds: { demo: seedDemoData },
};
