// `npm run check:architecture`: the structural rules (docs/architecture.md) over api/src and
// web/src; prints each violation with its file and line and exits 1 when there is any.
import fs from 'node:fs';
import path from 'node:path';
import { checkArchitecture, type SourceFile } from './architecture.rules.js';

const root = path.resolve(import.meta.dirname, '../../..');

function walk(dir: string, out: SourceFile[]): SourceFile[] {
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!['node_modules', 'dist', 'gql'].includes(entry.name)) walk(rel, out);
    } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      out.push({ path: rel, text: fs.readFileSync(path.join(root, rel), 'utf8') });
    }
  }
  return out;
}

const files = [...walk('api/src', []), ...walk('api/test', []), ...walk('web/src', [])];
const violations = checkArchitecture(files);
for (const v of violations) process.stderr.write(`${v.file}:${v.line}  ${v.rule}  ${v.message}\n`);
if (violations.length) {
  process.stderr.write(`\n${violations.length} architecture violation(s); the rules are explained in docs/architecture.md\n`);
  process.exit(1);
}
process.stdout.write(`architecture: ${files.length} files, no violations\n`);
