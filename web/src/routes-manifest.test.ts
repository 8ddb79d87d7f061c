import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routePatterns } from '../routes-manifest';
import { appRoutes } from './App';

describe('routes.json (the server tells app routes from unknown paths with it)', () => {
  it('lists exactly the router\'s patterns', () => {
    const routed = appRoutes.map((r) => String(r.path)).filter((p) => !p.startsWith('*'));
    expect(routePatterns(path.join(import.meta.dirname, 'features'))).toEqual([...new Set(routed)].sort());
  });
});
