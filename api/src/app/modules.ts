import { composeModules, type ComposedModules, type ModuleManifest } from '../core/module.js';
import { userModule } from '../modules/user/index.js';
import { regionModule } from '../modules/region/index.js';
import { spbeModule } from '../modules/spbe/index.js';
import { assessmentModule } from '../modules/assessment/index.js';
import { notificationModule } from '../modules/notification/index.js';
import { forumModule } from '../modules/forum/index.js';
import { meetingModule } from '../modules/meeting/index.js';
import { challengeModule } from '../modules/challenge/index.js';
import { planModule } from '../modules/plan/index.js';
import { demoModule } from '../modules/demo/index.js';
import { serverInfoModule } from '../modules/server-info/index.js';
import { migrationHistory } from '../migrations/index.js';

/**
 * Every module of the hub, in dependency order (reference seeds run in this order: regions
 * before frameworks before forum categories). A new feature is one more line here.
 */
export const MODULES: readonly ModuleManifest[] = [
  userModule,
  regionModule,
  spbeModule,
  assessmentModule,
  notificationModule,
  forumModule,
  meetingModule,
  challengeModule,
  planModule,
  demoModule,
  serverInfoModule,
];

let composed: ComposedModules | undefined;

/** The modules merged once per process (entities, resolvers, loaders, migrations, …). */
export const app = (): ComposedModules => (composed ??= composeModules(MODULES, migrationHistory));
