import fs from 'node:fs/promises';
import { inject } from 'vitest';
import WebSocket from 'ws';
import { createClient, type Client as WsClient } from 'graphql-ws';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig, type Config } from '../src/core/config.js';
import type { Services } from '../src/core/context.js';
import { migrate, openOrm } from '../src/core/db/orm.js';
import { startEmbeddedDb, type EmbeddedDb } from '../src/core/db/embedded-db.js';
import { createLogger, type Logger } from '../src/core/logger.js';
import type { Redis } from 'ioredis';
import { startHub } from '../src/core/hub.js';
import type { RunningServer } from '../src/core/http/server.js';
import { app as composedApp } from '../src/app/modules.js';
import { hashPassword, hashToken, newToken } from '../src/core/auth/tokens.js';
import { Session } from '../src/modules/user/accounts/session.entity.js';
import { Role, User } from '../src/modules/user/accounts/user.entity.js';
import { adminQuery, createFromTemplate, uniqueDbName, withDatabase } from './test-db.js';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[];
  headers: Headers;
}

export interface GqlOptions {
  token?: string;
  headers?: Record<string, string>;
}

export const TEST_PASSWORD = 'correct-horse-battery';

/** A running API on a private database: real PostgreSQL, real HTTP and WebSocket. */
export interface TestApp {
  url: string;
  orm: MikroORM;
  server: RunningServer;
  services: Services;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, opts?: GqlOptions): Promise<GqlResult<T>>;
  /** Creates a user with TEST_PASSWORD and a session; returns the bearer token. */
  user(role: Role, regionCode?: string, name?: string): Promise<{ user: User; token: string }>;
  /** Many members at once (for concurrency tests): returns their bearer tokens. */
  users(count: number, regionCode: string): Promise<string[]>;
  ws(token?: string, headers?: Record<string, string>): WsClient;
  /** Live subscription groups and subscribers on the server (fan-out). */
  subscriptions(): { groups: number; members: number };
  /** SQL statements run since the last reset (for N+1 checks). */
  queries: { count(): number; reset(): void; list(): string[] };
  close(): Promise<void>;
}

let userSeq = 0;
let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

/** What a test may hand the hub itself: a logger to read, a Redis connection for shared limits and module state. */
export interface HubOverrides {
  logger?: Logger;
  redis?: Redis;
}

export async function createTestApp(overrides: Partial<Config> = {}, hubOverrides: HubOverrides = {}): Promise<TestApp> {
  const tpl = inject('dbTemplate');
  let url: string;
  let embedded: EmbeddedDb | undefined;
  let dropDb: (() => Promise<void>) | undefined;
  if (tpl.kind === 'server') {
    const name = uniqueDbName('rembuk_t');
    await createFromTemplate(tpl.url, name, tpl.template);
    url = withDatabase(tpl.url, name);
    dropDb = () => adminQuery(tpl.url, `drop database if exists "${name}" with (force)`);
  } else {
    const blob = new Blob([await fs.readFile(tpl.tarball)]);
    embedded = await startEmbeddedDb({ loadDataDir: blob });
    url = embedded.url;
  }
  const sql: string[] = [];
  const composed = composedApp();
  const orm = await openOrm({ url, entities: composed.entities, migrations: composed.migrations, poolMax: embedded?.maxConnections ?? 5, onQuery: (m) => sql.push(m) });
  await migrate(orm);
  const config: Config = { ...loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1' }), ...overrides };
  const hub = await startHub({ orm, config, logger: hubOverrides.logger ?? createLogger('silent'), composed, redis: hubOverrides.redis });
  const { server, services } = hub;
  const base = `http://127.0.0.1:${server.port}`;
  const sockets: WsClient[] = [];

  const gql: TestApp['gql'] = async (query, variables, opts = {}) => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...opts.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: never; errors?: never };
    return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
  };

  return {
    url: base,
    orm,
    server,
    services,
    gql,
    async user(role, regionCode, name) {
      const n = ++userSeq;
      const em = orm.em.fork();
      const user = em.create(User, {
        name: name ?? `${role} ${n}`,
        email: `user${n}.${process.pid}@test.rembuk.id`,
        username: `user${n}_${process.pid}`,
        role,
        regionCode: regionCode ?? null,
        organisation: regionCode ? undefined : 'Test',
        passwordHash: await testPasswordHash(),
      });
      // A session made directly: signing in through the API would trip its per-IP rate limit in busy tests.
      const token = newToken();
      em.create(Session, { tokenHash: hashToken(token), user, expiresAt: new Date(Date.now() + 86_400_000) });
      await em.flush();
      return { user, token };
    },
    async users(count, regionCode) {
      const hash = await testPasswordHash();
      const tag = `${process.pid}_${++userSeq}`;
      const tokens = Array.from({ length: count }, () => newToken());
      await orm.em.fork().execute(
        `with u as (
           insert into app_user (name, email, username, role, region_code, password_hash)
           select 'Peserta ' || i, 'bulk' || i || '_${tag}@test.rembuk.id', 'bulk' || i || '_${tag}', 'MEMBER', ?, ?
           from generate_series(1, ?) as i returning id, username
         )
         insert into user_session (token_hash, user_id, expires_at)
         select t.hash, u.id, now() + interval '1 day'
         from u join (select (row_number() over ()) as i, h as hash from jsonb_array_elements_text(?::jsonb) as h) t
           on u.username = 'bulk' || t.i || '_${tag}'`,
        [regionCode, hash, count, JSON.stringify(tokens.map(hashToken))],
      );
      return tokens;
    },
    ws(token, headers) {
      const client = createClient({
        url: `ws://127.0.0.1:${server.port}/graphql`,
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers });
          }
        },
        connectionParams: token ? { token } : undefined,
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => {},
      });
      sockets.push(client);
      return client;
    },
    subscriptions: () => server.subscriptions(),
    queries: { count: () => sql.length, reset: () => void (sql.length = 0), list: () => [...sql] },
    async close() {
      await Promise.all(sockets.map((s) => s.dispose()));
      await hub.stop();
      await orm.close();
      await embedded?.stop();
      await dropDb?.();
    },
  };
}

export { Role };
