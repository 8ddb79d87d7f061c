import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { killApi, spawnApi, startHaproxy, whenReady, type ApiProcess, type Proxy } from '../api/test/cluster.js';
import { startRedis } from '../api/test/redis-server.js';
import { launchBrowser, openPage, signIn, type OpenPage } from './browser.js';

// The built app twice, on one PostgreSQL database and one (private) Redis, behind HAProxy with
// TRUST_PROXY=true; each browser is pinned to one instance by the proxy's cookie.
const serverUrl = process.env.DATABASE_URL;
const CODE = 'SKALAE2E';
const QUESTION = 'Apakah instans lain juga melihat pertanyaan ini?';

let instances: ApiProcess[] = [];
let proxy: Proxy;
let browser: Browser;
let redis: Awaited<ReturnType<typeof startRedis>>;
const dbName = `rembuk_e2e_scale_${process.pid}_${Date.now()}`;

async function admin(sql: string) {
  const u = new URL(serverUrl!);
  u.pathname = '/postgres';
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  if (!serverUrl) return;
  if (!fs.existsSync(path.resolve(import.meta.dirname, '../api/dist/main.js'))) throw new Error('The app is not built: run `npm run build`');
  await admin(`create database "${dbName}"`);
  const u = new URL(serverUrl);
  u.pathname = `/${dbName}`;
  redis = await startRedis();
  // Started together on an empty database: the migration lock makes one migrate and seed while the other waits.
  const env = { DEMO_DATA: 'true', TRUST_PROXY: 'true' };
  instances = await Promise.all([0, 1].map(() => spawnApi({ databaseUrl: u.toString(), redisUrl: redis.url, entry: 'dist', env })));
  [, , browser] = await Promise.all([whenReady(instances[0]!), whenReady(instances[1]!), launchBrowser()]);
  proxy = await startHaproxy(instances.map((i, n) => ({ name: n === 0 ? 'a' : 'b', address: `127.0.0.1:${i.port}` })));
  await new Promise((r) => setTimeout(r, 1500));
});
afterAll(async () => {
  await browser?.close();
  await proxy?.stop();
  await Promise.all(instances.map((i) => killApi(i, 'SIGTERM')));
  await redis?.stop();
  if (serverUrl) await admin(`drop database if exists "${dbName}" with (force)`);
});

/** A browser pinned to one instance, signed in. */
async function pinned(instance: 'a' | 'b', email: string): Promise<OpenPage> {
  const opened = await openPage(browser, { width: 1280, height: 800 });
  await opened.context.addCookies([{ name: proxy.cookie, value: instance, url: proxy.url }]);
  await signIn(opened.page, proxy.url, email);
  // HAProxy names the server that answered (deploy/haproxy.cfg does the same).
  expect(await opened.page.evaluate(() => fetch('/healthz').then((r) => r.headers.get('x-rembuk-instance')))).toBe(instance);
  return opened;
}

const post = (page: Page, n: number) => page.locator(`[data-testid="post"][data-number="${n}"]`);

describe.skipIf(!serverUrl)('two instances behind HAProxy, one browser on each', () => {
  it('each sees the other’s forum reply and live question at once', async () => {
    const a = await pinned('a', 'fasilitator@demo.rembuk.id');
    const b = await pinned('b', 'anggota.sumedang@demo.rembuk.id');

    // Forum: A starts a topic on instance a; B opens it on b and replies; A sees it live, and the other way round.
    await a.page.goto(`${proxy.url}/forum`);
    await a.page.getByTestId('forum-new-thread').click();
    await a.page.waitForURL(/\/forum\/baru/);
    await a.page.getByTestId('thread-category').selectOption({ label: 'Tata Kelola SPBE' });
    await a.page.getByTestId('thread-title-input').fill('Dua instans, satu forum');
    await a.page.getByTestId('thread-body-input').fill('Balasan dari instans lain harus tampil seketika.');
    await a.page.getByTestId('thread-submit').click();
    await a.page.waitForURL(/\/forum\/t\/\d+$/);
    const threadUrl = a.page.url().replace(/^https?:\/\/[^/]+/, proxy.url);
    await post(a.page, 1).waitFor();
    await b.page.goto(threadUrl);
    await post(b.page, 1).waitFor();
    await b.page.getByTestId('reply-input').fill('Balasan dari instans b.');
    await b.page.getByTestId('reply-submit').click();
    await post(a.page, 2).waitFor({ timeout: 5_000 });
    expect(await post(a.page, 2).getByTestId('post-body').textContent()).toContain('instans b');
    await a.page.getByTestId('reply-input').fill('Balasan dari instans a.');
    await a.page.getByTestId('reply-submit').click();
    await post(b.page, 3).waitFor({ timeout: 5_000 });

    // Live Q&A: A opens a session on a, B joins on b and asks; A's moderation view shows it; A's highlight reaches B.
    const f = a.page;
    await f.goto(`${proxy.url}/rapat/baru`);
    await f.getByTestId('meeting-title-input').fill('Rapat dua instans');
    await f.getByTestId('meeting-organiser-input').fill('KemenPAN-RB');
    await f.getByTestId('meeting-submit').click();
    await f.waitForURL(/\/rapat\/\d+$/);
    await f.getByTestId('session-open').click();
    await f.getByTestId('session-code-input').fill(CODE);
    await f.getByTestId('session-submit').click();
    await expect.poll(() => f.getByTestId('session-code').textContent()).toBe(`#${CODE}`);
    await f.goto(`${proxy.url}/live/${CODE}/moderasi`);

    const p = b.page;
    await p.goto(`${proxy.url}/live`);
    await p.getByTestId('join-code-input').fill(CODE);
    await p.getByTestId('join-submit').click();
    await p.waitForURL(new RegExp(`/live/${CODE}$`));
    await p.getByTestId('ask-input').fill(QUESTION);
    await p.getByTestId('ask-submit').click();
    const onA = f.getByTestId('question').filter({ hasText: QUESTION });
    await onA.waitFor({ timeout: 5_000 });
    await onA.getByTestId('mod-highlight').click();
    await p.getByTestId('question').filter({ hasText: QUESTION }).getByTestId('question-highlighted').waitFor({ timeout: 5_000 });
    // Both count as online across the two instances.
    await expect.poll(() => p.getByTestId('participant-count').textContent()).toBe('2');

    for (const client of [a, b]) {
      expect(client.errors).toEqual([]);
      await client.context.close();
    }
  }, 120_000);
});
