// Prints the DDL that would bring a fully migrated database to the current entities (a starting point for a new migration).
import 'reflect-metadata';
import { migrate, openOrm } from '../core/db/orm.js';
import { startEmbeddedDb } from '../core/db/embedded-db.js';
import { app } from '../app/modules.js';

const db = await startEmbeddedDb();
const { entities, migrations } = app();
const orm = await openOrm({ url: db.url, entities, migrations, poolMax: 1 });
await migrate(orm);
process.stdout.write(await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: true }));
await orm.close();
await db.stop();
