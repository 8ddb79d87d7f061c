import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import 'reflect-metadata';
import type { TestProject } from 'vitest/node';
import { migrate, openOrm } from '../src/core/db/orm.js';
import { startEmbeddedDb } from '../src/core/db/embedded-db.js';
import { seedReference } from '../src/core/db/seeds.js';
import { app } from '../src/app/modules.js';
import { adminQuery, uniqueDbName, withDatabase } from './test-db.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Real server: the template database each test file copies. */
    dbTemplate: { kind: 'server'; url: string; template: string } | { kind: 'embedded'; tarball: string };
  }
}

/**
 * Builds ONE migrated and seeded database per run; every test file then gets its own copy
 * (CREATE DATABASE ... TEMPLATE on a real server, a PGlite data-dir tarball otherwise).
 */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = uniqueDbName('rembuk_tpl');
    await adminQuery(url, `create database "${template}"`);
    const { entities, migrations, modules } = app();
    const orm = await openOrm({ url: withDatabase(url, template), entities, migrations, poolMax: 2 });
    await migrate(orm);
    await seedReference(orm, modules);
    await orm.close();
    project.provide('dbTemplate', { kind: 'server', url, template });
    return async () => {
      await adminQuery(url, `drop database if exists "${template}" with (force)`);
    };
  }
  const db = await startEmbeddedDb();
  const { entities, migrations, modules } = app();
  const orm = await openOrm({ url: db.url, entities, migrations, poolMax: 1 });
  await migrate(orm);
  await seedReference(orm, modules);
  await orm.close();
  const dump = await db.db.dumpDataDir('none');
  await db.stop();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rembuk-test-'));
  const tarball = path.join(dir, 'template.tar');
  await fs.writeFile(tarball, Buffer.from(await dump.arrayBuffer()));
  project.provide('dbTemplate', { kind: 'embedded', tarball });
  return async () => {
    await fs.rm(dir, { recursive: true, force: true });
  };
}
