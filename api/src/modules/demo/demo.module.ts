import type { ModuleManifest } from '../../core/module.js';
import { seedDemoData } from './demo.seed.js';
import { seedDemoChallenges } from './challenges.demo.js';
import { seedDemoForum } from './forum.demo.js';
import { seedDemoMeetings } from './meetings.demo.js';
import { seedDemoCohort } from './cohort.demo.js';
import { seedDemoPlans } from './plans.demo.js';

/** Demo people and assessments for trying the hub out (never in production). */
export const demoModule: ModuleManifest = {
  name: 'demo',
  // Challenges, threads and meetings come after people (they need the demo users), plans after challenges (one links a solution); each seeds once on its own.
  seeds: {
    demo: async (em) =>
      [await seedDemoData(em), await seedDemoChallenges(em), await seedDemoForum(em), await seedDemoMeetings(em), await seedDemoCohort(em), await seedDemoPlans(em)].some(Boolean),
  },
};
