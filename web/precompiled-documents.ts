import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * Each `graphql(`…`)` document ships with the page that uses it, already parsed.
 *
 * Codegen's client preset writes every document, as a parsed DocumentNode, into one module
 * (`src/gql/graphql.ts`) and looks them up at run time through one map (`src/gql/gql.ts`). A
 * bundler never splits a module, so that map put every page's documents into one chunk that every
 * page loads. This plugin replaces each `graphql(`…`)` call with an import of a module of its own
 * (`virtual:rembuk-document/<Name>`) that exports that one precompiled DocumentNode, exactly the
 * object codegen wrote (fragments included). The bundler then places each document in the chunk of
 * the page (or the cache configuration) that imports it, like any other module.
 *
 * Why this and not the alternatives (issue 14): the client preset's babel plugin imports the same
 * documents from `graphql.ts`, which is still one module, so still one shared chunk;
 * `documentMode: 'string'` sends strings that urql and graphcache must parse in the browser;
 * persisted operations need an allow-list on the server and its deployment in step with the web
 * app. Precompiled DocumentNodes need nothing at run time: no parser call, and graphcache gets the
 * DocumentNode it wants (urql's `formatDocument` still adds `__typename`, as before).
 *
 * The types are untouched: sources still call the typed `graphql()` of `src/gql`, and
 * `npm run codegen` remains the one step after editing a document. A document missing from the
 * generated map (codegen not run) fails the build or the dev server with that advice.
 */
export function precompiledDocuments(gqlDir: string): Plugin {
  const PREFIX = 'virtual:rembuk-document/';
  const RESOLVED = `\0${PREFIX}`;
  let loaded: { stamp: string; byName: Map<string, string>; bySource: Map<string, string> } | undefined;

  /** The generated map (source text → document name) and documents (name → JSON), re-read when codegen rewrote them. */
  const generated = () => {
    const files = ['gql.ts', 'graphql.ts'].map((f) => path.join(gqlDir, f));
    const stamp = files.map((f) => fs.statSync(f).mtimeMs).join(':');
    if (loaded?.stamp === stamp) return loaded;
    const [map, docs] = files.map((f) => fs.readFileSync(f, 'utf8')) as [string, string];
    const block = /^const documents: Documents = \{\n([\s\S]*?)\n\};$/m.exec(map)?.[1];
    if (!block) throw new Error(`${files[0]}: no documents map; has the codegen client preset changed its output?`);
    const bySource = new Map<string, string>();
    for (const m of block.matchAll(/^ {4}("(?:[^"\\]|\\.)*"): types\.(\w+),?$/gm)) bySource.set(JSON.parse(m[1]!) as string, m[2]!);
    const byName = new Map<string, string>();
    for (const m of docs.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*$/gm)) byName.set(m[1]!, m[2]!);
    for (const name of bySource.values()) {
      if (!byName.has(name)) throw new Error(`${files[1]} has no ${name}: run \`npm run codegen\``);
    }
    loaded = { stamp, byName, bySource };
    return loaded;
  };

  return {
    name: 'rembuk-precompiled-documents',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const name = id.slice(RESOLVED.length);
      const json = generated().byName.get(name);
      if (!json) throw new Error(`no generated document ${name}: run \`npm run codegen\``);
      return { code: `export default ${json};\n`, moduleSideEffects: false };
    },
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/\.[jt]sx?$/.test(file) || file.startsWith(gqlDir) || file.includes('/node_modules/')) return null;
      const importLine = /^import \{ graphql \} from '(?:\.\.?\/)+gql(?:\/index)?';\n/m;
      if (!importLine.test(code)) return null;
      const { bySource } = generated();
      const imports: string[] = [];
      // `export const Name = graphql(`…`);` becomes `export { Name };` with `import Name from
      // 'virtual:…'`: the module only passes the document on, so the bundler links each importer
      // to the document itself and a queries file shared by several pages does not pull all of its
      // documents into one chunk. Lines stay where they were (imports are hoisted, so they go at
      // the end), so errors and breakpoints match the source.
      const out = code.replace(/^export const (\w+) = graphql\(\s*`([^`]*)`\s*\);?$/gm, (call: string, local: string, source: string) => {
        if (source.includes('${') || source.includes('\\')) throw new Error(`${file}: a graphql(\`…\`) document must be plain text (no \${} or escapes)`);
        const name = bySource.get(source.replace(/\r\n/g, '\n'));
        if (!name) throw new Error(`${file}: the graphql(\`…\`) document of ${local} is not in src/gql: run \`npm run codegen\``);
        imports.push(`import ${local} from '${PREFIX}${name}';`);
        return `export { ${local} };${'\n'.repeat(call.split('\n').length - 1)}`;
      });
      if (/\bgraphql\(/.test(out)) throw new Error(`${file}: write documents as \`export const Name = graphql(\`…\`);\``);
      return { code: `${out.replace(importLine, '\n')}\n${imports.join('\n')}\n`, map: null };
    },
  };
}

/**
 * With every document precompiled, urql never calls `parse` (it parses only documents given as
 * strings), but its core imports it, and with it the GraphQL lexer and parser. In the build,
 * urql's import of `@0no-co/graphql.web` gets everything but `parse`, which instead throws: a
 * string document reaching the client is a bug to see at once, not a parser to ship. (The dev
 * server's pre-bundled urql and the tests keep the real one.)
 */
export function withoutRuntimeParser(): Plugin {
  const SHIM = '\0rembuk-graphql-web-without-parse';
  let real = '';
  return {
    name: 'rembuk-without-runtime-parser',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source !== '@0no-co/graphql.web' || !importer?.includes('/node_modules/@urql/')) return null;
      real ||= (await this.resolve(source, importer, { skipSelf: true }))?.id ?? '';
      return real ? SHIM : null;
    },
    load(id) {
      if (id !== SHIM) return null;
      return {
        code: `export * from ${JSON.stringify(real)};\nexport function parse() {\n  throw new Error('A GraphQL document reached urql as a string; documents are precompiled (web/precompiled-documents.ts).');\n}\n`,
        moduleSideEffects: false,
      };
    },
  };
}
