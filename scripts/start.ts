// `npm start`: build only when a source is newer than the build, then run the built app.
// A fresh clone builds once (about 15 s on 2 cores); later starts skip straight to the server.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** What the build reads; a directory's own mtime changes when a file in it is added or removed. */
const SOURCES = ['api/src', 'web/src', 'web/index.html', 'web/public', 'web/vite.config.ts', 'web/precompiled-documents.ts', 'web/precompress.ts', 'web/routes-manifest.ts', 'package-lock.json', 'api/package.json', 'web/package.json'];
const OUTPUTS = ['api/dist/main.js', 'web/dist/index.html'];

function newest(p: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) latest = Math.max(latest, newest(path.join(p, entry)));
  return latest;
}

function oldestOutput(): number {
  const times = OUTPUTS.map((o) => newest(path.join(root, o)));
  return times.includes(0) ? 0 : Math.min(...times);
}

export function buildIsCurrent(): boolean {
  const built = oldestOutput();
  return built > 0 && SOURCES.every((s) => newest(path.join(root, s)) <= built);
}

if (process.argv[1] === import.meta.filename) {
  if (buildIsCurrent()) {
    process.stdout.write('The build is current; starting it (delete api/dist or web/dist to force a rebuild).\n');
  } else {
    process.stdout.write('Building the web app and the API (only when sources changed)…\n');
    const built = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const server = spawn(process.execPath, [path.join(root, 'api/dist/main.js')], { cwd: path.join(root, 'api'), stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
