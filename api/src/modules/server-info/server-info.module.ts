import type { ModuleManifest } from '../../core/module.js';
import { ServerInfoResolver } from './server-info.resolver.js';

/** What the UI needs to know about this installation (demo data, environment, version). */
export const serverInfoModule: ModuleManifest = {
  name: 'server-info',
  resolvers: [ServerInfoResolver],
};
