// `npm run size` (after `npm run build`): each route's first-load JavaScript, gzipped, read from
// the Vite manifest (web/dist/.vite/manifest.json), and a non-zero exit when a budgeted route is
// over its budget. First load = the entry chunk and its static imports (what index.html loads and
// preloads), plus the route's lazy chunk and its static imports; later dynamic imports are not.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'web/dist');
const featuresDir = path.join(root, 'web/src/features');
const KIB = 1024;

/** Routes a newcomer opens first, on a slow link: first-load JS gzipped at most this (issue 14). */
export const BUDGETS: Record<string, number> = {
  '/masuk': 60 * KIB,
  '/wilayah': 60 * KIB,
  '/wilayah/:code': 60 * KIB,
  // The home is where signing in lands: its sections reuse other features' queries, not their pages or texts.
  '/': 64 * KIB,
};

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export interface RouteSource {
  path: string;
  /** The lazily imported page, relative to web/ (`src/features/auth/SignInPage`); none when eager. */
  module?: string;
}

/** Route patterns and their lazy page modules, read from each feature's `feature.ts`. */
export function routeSources(dir: string): RouteSource[] {
  const found: RouteSource[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'feature.ts' || entry.name === 'feature.tsx') {
        const text = fs.readFileSync(full, 'utf8');
        for (const m of text.matchAll(/\{\s*path:\s*['"`](\/[^'"`]*)['"`],\s*component:\s*([^,}]+)/g)) {
          // `component: lazy(() => import('./Page'))`, or a name bound so above (`const FeedPage = lazy(…)`).
          const named = /^\s*(\w+)\s*$/.exec(m[2]!)?.[1];
          const source = named ? (new RegExp(`const ${named} = (lazy\\([^;]*)`).exec(text)?.[1] ?? '') : m[2]!;
          const lazy = /import\(\s*['"`]([^'"`]+)['"`]\s*\)/.exec(source);
          const module = lazy ? path.relative(path.join(root, 'web'), path.resolve(path.dirname(full), lazy[1]!)).split(path.sep).join('/') : undefined;
          found.push({ path: m[1]!, module });
        }
      }
    }
  };
  walk(dir);
  return found.sort((a, b) => a.path.localeCompare(b.path));
}

/** The manifest key of a module written without its extension. */
function manifestKey(manifest: Manifest, module: string): string {
  const key = ['.tsx', '.ts', '.jsx', '.js'].map((ext) => module + ext).find((k) => k in manifest);
  if (!key) throw new Error(`${module} is not in the build's manifest: is it still imported lazily by its feature?`);
  return key;
}

/** The chunk files `key` loads at once: its own and, transitively, its static imports. */
function staticClosure(manifest: Manifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, into);
  return into;
}

export interface RouteSize {
  path: string;
  files: number;
  bytes: number;
  gzip: number;
  budget?: number;
}

export function measure(distDir: string, routes: RouteSource[]): RouteSize[] {
  const manifestFile = path.join(distDir, '.vite/manifest.json');
  if (!fs.existsSync(manifestFile)) throw new Error(`${path.relative(root, manifestFile)} is missing: run \`npm run build\` first`);
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entry) throw new Error('the manifest has no entry chunk');
  const sizes = new Map<string, { bytes: number; gzip: number }>();
  const sizeOf = (file: string) => {
    let size = sizes.get(file);
    if (!size) {
      const body = fs.readFileSync(path.join(distDir, file));
      // Level 9, as web/precompress.ts writes the .gz files the server sends.
      size = { bytes: body.length, gzip: zlib.gzipSync(body, { level: 9 }).length };
      sizes.set(file, size);
    }
    return size;
  };
  return routes.map((route) => {
    const files = staticClosure(manifest, entry);
    if (route.module) staticClosure(manifest, manifestKey(manifest, route.module), files);
    const js = [...files].filter((f) => f.endsWith('.js'));
    const total = js.reduce((sum, f) => ({ bytes: sum.bytes + sizeOf(f).bytes, gzip: sum.gzip + sizeOf(f).gzip }), { bytes: 0, gzip: 0 });
    return { path: route.path, files: js.length, ...total, budget: BUDGETS[route.path] };
  });
}

const kib = (n: number) => `${(n / KIB).toFixed(1)} KiB`;

if (process.argv[1] === import.meta.filename) {
  const rows = measure(dist, routeSources(featuresDir));
  const over = rows.filter((r) => r.budget !== undefined && r.gzip > r.budget);
  const width = Math.max(...rows.map((r) => r.path.length));
  process.stdout.write(`First-load JS per route (entry + route chunk + their static imports)\n`);
  process.stdout.write(`${'route'.padEnd(width)}  files       raw      gzip  budget\n`);
  for (const r of rows) {
    const verdict = r.budget === undefined ? '' : `${r.gzip > r.budget ? 'OVER' : 'ok'} <= ${kib(r.budget)}`;
    process.stdout.write(`${r.path.padEnd(width)}  ${String(r.files).padStart(5)}  ${kib(r.bytes).padStart(10)}  ${kib(r.gzip).padStart(9)}  ${verdict}\n`);
  }
  if (over.length) {
    process.stderr.write(`Over the first-load budget: ${over.map((r) => `${r.path} ${kib(r.gzip)} > ${kib(r.budget!)}`).join(', ')}\n`);
    process.exit(1);
  }
}
