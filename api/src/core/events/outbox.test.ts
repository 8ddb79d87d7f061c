import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { Redis } from 'ioredis';
import { createEventBus } from './bus.js';
import { startRedis } from '../../../test/redis-server.js';
import { adminQuery, createFromTemplate, uniqueDbName, withDatabase } from '../../../test/test-db.js';

const API_DIR = path.resolve(import.meta.dirname, '../../..');
const CHILD = path.join(API_DIR, 'test/fixtures/outbox-child.ts');

interface Child {
  process: ChildProcess;
  url: string;
  token: string;
  exited: Promise<NodeJS.Signals | number | null>;
}

let redis: Awaited<ReturnType<typeof startRedis>>;
let dbEnv: Record<string, string>;
let cleanupDb: () => Promise<void>;

beforeAll(async () => {
  redis = await startRedis();
  const tpl = inject('dbTemplate');
  if (tpl.kind === 'server') {
    const name = uniqueDbName('rembuk_outbox');
    await createFromTemplate(tpl.url, name, tpl.template);
    dbEnv = { DATABASE_URL: withDatabase(tpl.url, name) };
    cleanupDb = () => adminQuery(tpl.url, `drop database if exists "${name}" with (force)`);
  } else {
    // Embedded: the child keeps its database in this directory, and the restarted child reopens it.
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rembuk-outbox-'));
    dbEnv = { DATA_DIR: dir };
    cleanupDb = () => fs.rm(dir, { recursive: true, force: true });
  }
}, 60_000);

afterAll(async () => {
  await redis?.stop();
  await cleanupDb?.();
});

async function startChild(extra: Record<string, string>): Promise<Child> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...dbEnv, ...extra, NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', REDIS_URL: redis.url, DEMO_DATA: 'false', OUTBOX_SWEEP_SECONDS: '3600' };
  if (!dbEnv.DATABASE_URL) delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', CHILD], { cwd: API_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
  let output = '';
  const ready = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`child did not start in 60 s:\n${output}`)), 60_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      const line = /READY (\d+) (\S+)/.exec(output);
      if (line) {
        clearTimeout(timer);
        resolve(line[0]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    void exited.then(() => reject(new Error(`child exited during start-up:\n${output}`)));
  });
  const [, port, token] = ready.split(' ');
  return { process: child, url: `http://127.0.0.1:${port}`, token: token!, exited };
}

async function gql<T>(child: Child, query: string, variables: Record<string, unknown> = {}, token = child.token): Promise<{ data?: T; errors?: unknown[] }> {
  const res = await fetch(`${child.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: T; errors?: unknown[] };
}

describe('the outbox', () => {
  it('delivers an event exactly once after the process is killed between commit and delivery', async () => {
    // A subscriber on another instance (here: this process, through the same Redis) and a raw
    // listener counting every publication, repeats included.
    const bus = createEventBus(redis.url);
    const feed = bus.pubsub.subscribe('FEED_EVENT', 'all');
    // One pending read at a time: whatever arrives next, or null when nothing does within `ms`.
    let pending = feed.next();
    const nextEvent = async (ms: number) => {
      const r = await Promise.race([pending, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);
      if (r === null) return null;
      pending = feed.next();
      return r.value as { kind: string; threadId: number; eventId?: string };
    };
    const raw = new Redis(redis.url);
    let published = 0;
    await raw.psubscribe('FEED_EVENT*');
    raw.on('pmessage', (_pattern, channel) => {
      if (channel.endsWith(':all') || channel.endsWith('all')) published++;
    });
    // The stream listens once read (pending above); give Redis a moment to register it.
    await new Promise((r) => setTimeout(r, 200));

    const crashing = await startChild({ SEED_MEMBER: '1', CRASH_BEFORE_DELIVERY: '1' });
    const token = crashing.token;
    const categories = await gql<{ categories: { id: string; slug: string }[] }>(crashing, `{ categories { id slug } }`);
    const categoryId = categories.data!.categories.find((c) => c.slug === 'umum')!.id;
    const create = gql(crashing, `mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }`, { i: { categoryId, title: 'Topik sebelum kerusakan', body: 'Isi topik' } }).catch((e: unknown) => e);
    expect(await crashing.exited).toBe('SIGKILL');
    // The client saw the connection drop: it cannot know whether the thread was stored.
    expect(await create).toBeInstanceOf(Error);
    expect(await nextEvent(300)).toBeNull();
    expect(published).toBe(0);

    // Restarted on the same database: what the crash left in the outbox goes out at start.
    const restarted = await startChild({});
    try {
      const event = await nextEvent(10_000);
      expect(event).toMatchObject({ kind: 'THREAD_CREATED' });
      expect(await nextEvent(500)).toBeNull();
      expect(published).toBe(1);
      // The thread was committed before the crash, and it is the one the event names.
      const threads = await gql<{ threads: { edges: { node: { id: string; title: string } }[] } }>(restarted, `{ threads { edges { node { id title } } } }`, {}, token);
      const thread = threads.data!.threads.edges.map((e) => e.node).find((t) => t.title === 'Topik sebelum kerusakan');
      expect(Number(thread?.id)).toBe(event!.threadId);

      // Published again (as a crash between publishing and deleting would), a subscriber still has it once.
      bus.pubsub.publish('FEED_EVENT', 'all', { ...event!, categoryId: 1 } as never);
      expect(await nextEvent(500)).toBeNull();
      expect(published).toBe(2);
    } finally {
      restarted.process.kill('SIGTERM');
      await restarted.exited;
      await feed.return?.();
      raw.disconnect();
      await bus.close();
    }
  }, 120_000);
});
