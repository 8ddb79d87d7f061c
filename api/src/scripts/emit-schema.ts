// Writes ../schema.graphql from the type-graphql resolvers and web/src/gql/limits.ts from the
// modules' limits; `--check` fails when either committed file is stale.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { buildAppSchema } from '../core/graphql/schema.js';
import { createEventBus } from '../core/events/bus.js';
import { app } from '../app/modules.js';

const root = path.resolve(import.meta.dirname, '../../..');
const composed = app();
const schema = await buildAppSchema(composed.resolvers, createEventBus().pubsub);

const files: [string, string][] = [
  ['schema.graphql', `# Generated from the type-graphql resolvers by \`npm run schema\`. Do not edit.\n\n${printSchema(schema)}\n`],
  [
    'web/src/gql/limits.ts',
    [
      '/* eslint-disable */',
      '// Generated from the API modules\' limits files by `npm run schema`. Do not edit.',
      '// The same values are served by the `limits` query; the web reads them here, with no request.',
      `export const limits = ${JSON.stringify(composed.limits, null, 2)} as const;`,
      '',
    ].join('\n'),
  ],
];

let stale = false;
for (const [rel, text] of files) {
  const target = path.join(root, rel);
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (current !== text) {
      process.stderr.write(`${rel} is stale: run \`npm run schema\` and commit the result\n`);
      stale = true;
    } else process.stdout.write(`${rel} is up to date\n`);
  } else {
    fs.writeFileSync(target, text);
    process.stdout.write(`wrote ${rel}\n`);
  }
}
if (stale) process.exit(1);
