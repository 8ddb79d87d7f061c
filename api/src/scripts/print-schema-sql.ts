// Prints the DDL for the current entities (a starting point for a new migration).
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions } from '../core/db/orm.js';
import { startEmbeddedDb } from '../core/db/embedded-db.js';
import { app } from '../app/modules.js';

const db = await startEmbeddedDb();
const { entities, migrations } = app();
const orm = await MikroORM.init(ormOptions({ url: db.url, entities, migrations, poolMax: 1 }));
process.stdout.write(await orm.schema.getCreateSchemaSQL({ wrap: false }));
await orm.close();
await db.stop();
