import type { CodegenConfig } from '@graphql-codegen/cli';
import type { CodegenPlugin } from '@graphql-codegen/plugin-helpers';

const SUFFIX = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;
const OPERATION_MAP = 'rembuk-operation-map';

/**
 * Lists every operation by name with the result and variables types the client preset
 * generates for it, so the web tests' fake network (which answers operations by name) is typed.
 */
const operationMap: CodegenPlugin = {
  plugin: (_schema, documents) => {
    const rows = documents
      .flatMap((file) => file.document?.definitions ?? [])
      .flatMap((definition) => {
        if (definition.kind !== 'OperationDefinition' || !definition.name) return [];
        const name = definition.name.value;
        const type = `${name}${SUFFIX[definition.operation]}`;
        return [`  ${name}: { data: types.${type}; variables: types.${type}Variables };`];
      })
      .sort();
    return [
      '/* eslint-disable */',
      "import type * as types from './graphql';",
      '',
      '/** Every operation of the web app by name: what it answers and what it is asked with. */',
      'export type Operations = {',
      ...rows,
      '};',
      '',
    ].join('\n');
  },
};

// Typed documents for the web app: write `graphql(\`...\`)` from web/src/gql and run `npm run codegen`.
// The build ships each document as its own precompiled module rather than through gql.ts's one map
// (web/precompiled-documents.ts; why not the babel plugin or string mode: docs/architecture.md, "First load").
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string' },
      },
    },
    'web/src/gql/operations.ts': {
      plugins: [OPERATION_MAP],
    },
  },
  pluginLoader: (name) => (name === OPERATION_MAP ? operationMap : import(name)),
};

export default config;
