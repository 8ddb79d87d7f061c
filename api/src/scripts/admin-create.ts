// `npm run admin:create -- --email you@example.go.id [--name "Your Name"]`; the password comes
// from ADMIN_PASSWORD or is asked for on the terminal. Uses DATABASE_URL (or the embedded database).
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import readline from 'node:readline/promises';
import { ConfigError, loadConfig } from '../core/config.js';
import { STARTUP_LOCK_KEY, withAdvisoryLock } from '../core/db/advisory-lock.js';
import { migrate, openOrm } from '../core/db/orm.js';
import { startEmbeddedDb } from '../core/db/embedded-db.js';
import { seedReference } from '../core/db/seeds.js';
import { AdminSetupError, createAdmin } from '../modules/user/index.js';
import { app } from '../app/modules.js';
import path from 'node:path';

function fail(message: string): never {
  process.stderr.write(`admin:create: ${message}\n`);
  process.exit(1);
}

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
if (!values.email) fail('usage: npm run admin:create -- --email you@example.go.id [--name "Your Name"]');

let config;
try {
  config = loadConfig({ ...process.env, ADMIN_EMAIL: undefined, ADMIN_PASSWORD: undefined });
} catch (err) {
  fail(err instanceof ConfigError ? err.message : String(err));
}

let password = process.env.ADMIN_PASSWORD;
if (!password) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  password = await rl.question('Password (at least 10 characters): ');
  rl.close();
}

const embedded = config.databaseUrl ? undefined : await startEmbeddedDb({ dataDir: path.join(config.dataDir, 'pglite') });
const { entities, migrations, modules } = app();
const orm = await openOrm({ url: config.databaseUrl ?? embedded!.url, entities, migrations, poolMax: embedded ? 1 : 2 });
try {
  const prepare = async () => {
    await migrate(orm);
    await seedReference(orm, modules);
  };
  // Instances may be starting on the same database right now: take the same turn they do.
  if (config.databaseUrl) await withAdvisoryLock(config.databaseUrl, STARTUP_LOCK_KEY, prepare);
  else await prepare();
  const user = await orm.em.fork().transactional((tx) => createAdmin(tx, { email: values.email!, password: password!, name: values.name }));
  process.stdout.write(`created admin ${user.email} (id ${user.id})\n`);
} catch (err) {
  fail(err instanceof AdminSetupError ? err.message : (err as Error).message);
} finally {
  await orm.close();
  await embedded?.stop();
}
