import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { precompiledDocuments } from '../precompiled-documents';
import { SignInMutation } from './features/auth/queries';
import { ThreadRowFragmentDoc } from './gql/graphql';

type Hook = (this: unknown, ...args: string[]) => unknown;
const call = (plugin: Plugin, hook: 'transform' | 'load' | 'resolveId', ...args: string[]) => (plugin[hook] as Hook).call({}, ...args);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'gql' ? [] : sources(full);
    return /\.tsx?$/.test(e.name) && !e.name.includes('.test.') ? [full] : [];
  });
}

describe('precompiled documents (each document a module of its own, no parsing in the browser)', () => {
  const src = import.meta.dirname;
  const plugin = precompiledDocuments(`${path.join(src, 'gql')}/`);

  it('turns every graphql(`…`) of the app into an import of its generated document', () => {
    let documents = 0;
    for (const file of sources(src)) {
      const code = fs.readFileSync(file, 'utf8');
      const out = call(plugin, 'transform', code, file) as { code: string } | null;
      if (!out) continue;
      expect(out.code, file).not.toMatch(/\bgraphql\(/);
      expect(out.code.split('\n').length, `${file} keeps its line numbers`).toBeGreaterThanOrEqual(code.split('\n').length);
      documents += [...out.code.matchAll(/from 'virtual:rembuk-document\//g)].length;
    }
    expect(documents).toBeGreaterThan(100);
  });

  it('serves the DocumentNode codegen wrote, fragments included', () => {
    const id = call(plugin, 'resolveId', 'virtual:rembuk-document/ThreadRowFragmentDoc') as string;
    const loaded = call(plugin, 'load', id) as { code: string };
    expect(JSON.parse(loaded.code.replace(/^export default /, '').replace(/;\n$/, ''))).toEqual(ThreadRowFragmentDoc);
  });

  it('gives the app parsed documents under this test run too', () => {
    expect(SignInMutation.kind).toBe('Document');
    expect(SignInMutation.definitions[0]).toMatchObject({ kind: 'OperationDefinition', name: { value: 'SignIn' } });
  });

  it('refuses a document codegen has not seen, with the fix in the message', () => {
    const code = "import { graphql } from '../gql';\nexport const X = graphql(`\n  query NotGenerated { me { id } }\n`);\n";
    expect(() => call(plugin, 'transform', code, path.join(src, 'x.ts'))).toThrow(/npm run codegen/);
  });
});
