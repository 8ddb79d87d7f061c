import type { ModuleManifest } from '../../core/module.js';
import { seedDemoData } from './demo.seed.js';
import { seedDemoChallenges } from './challenges.demo.js';

/** Demo people and assessments for trying the hub out (never in production). */
export const demoModule: ModuleManifest = {
  name: 'demo',
  // Challenges come after people: they need the demo users (and seed once on their own).
  seeds: { demo: async (em) => [await seedDemoData(em), await seedDemoChallenges(em)].some(Boolean) },
};
