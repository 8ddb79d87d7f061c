import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * The app's route patterns, read from each feature's `feature.ts` (`path: '/forum/t/:threadId'`),
 * written into the build as `routes.json`. The API serves the app and answers 404 for any path
 * that is none of these; it reads this file instead of knowing the features.
 * `src/routes-manifest.test.ts` checks that this list is the router's.
 */
export function routePatterns(featuresDir: string): string[] {
  const found = new Set<string>(['/']);
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'feature.ts' || entry.name === 'feature.tsx') {
        for (const m of fs.readFileSync(full, 'utf8').matchAll(/\bpath:\s*['"`](\/[^'"`]*)['"`]/g)) found.add(m[1]!);
      }
    }
  };
  walk(featuresDir);
  return [...found].sort();
}

export function routesManifest(featuresDir: string): Plugin {
  return {
    name: 'rembuk-routes-manifest',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'routes.json', source: `${JSON.stringify({ patterns: routePatterns(featuresDir) }, null, 2)}\n` });
    },
  };
}
