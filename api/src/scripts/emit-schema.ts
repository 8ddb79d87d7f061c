// Writes ../schema.graphql from the type-graphql resolvers; `--check` fails when the committed file is stale.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { buildAppSchema } from '../core/graphql/schema.js';
import { createEventBus } from '../core/events/bus.js';
import { app } from '../app/modules.js';

const target = path.resolve(import.meta.dirname, '../../../schema.graphql');
const schema = await buildAppSchema(app().resolvers, createEventBus().pubsub);
const text = `# Generated from the type-graphql resolvers by \`npm run schema\`. Do not edit.\n\n${printSchema(schema)}\n`;

if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== text) {
    process.stderr.write('schema.graphql is stale: run `npm run schema` and commit the result\n');
    process.exit(1);
  }
  process.stdout.write('schema.graphql is up to date\n');
} else {
  fs.writeFileSync(target, text);
  process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
}
