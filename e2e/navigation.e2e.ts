import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { startBuiltApp, type RunningApp } from './app.js';
import { launchBrowser, openPage, signIn } from './browser.js';

/** Set E2E_SCREENSHOTS=<folder> to keep the phone's bar, its sheet and the wide header. */
const SHOTS = process.env.E2E_SCREENSHOTS;

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startBuiltApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const PHONE = { width: 360, height: 780 };
const shot = async (page: Page, name: string) => {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, name) });
};

/** Width and height on screen, and whether all of it lies inside the viewport. */
async function box(locator: Locator, page: Page) {
  const b = (await locator.boundingBox())!;
  const vp = page.viewportSize()!;
  return { width: b.width, height: b.height, inside: b.x >= 0 && b.y >= 0 && b.x + b.width <= vp.width + 0.5 && b.y + b.height <= vp.height + 0.5 };
}

async function expectTarget(locator: Locator, page: Page) {
  const b = await box(locator, page);
  expect(b.inside, `${await locator.textContent()} is on screen`).toBe(true);
  expect(b.width).toBeGreaterThanOrEqual(44);
  expect(b.height).toBeGreaterThanOrEqual(44);
}

/**
 * Every section the phone offers, whatever the features bring: the bar's links, then the sheet's.
 * Each is followed to its page; the list is returned so the test can check the known ones.
 */
async function visitEverySection(page: Page): Promise<string[]> {
  const bar = page.getByTestId('bottom-nav');
  const header = page.getByRole('navigation', { name: 'Navigasi utama' });
  // One main navigation for assistive technology: the header's is hidden on phones.
  expect(await header.count()).toBe(1);
  expect(await bar.isVisible()).toBe(true);
  const seen: string[] = [];
  const barLinks = bar.getByRole('link');
  for (let i = 0; i < (await barLinks.count()); i++) {
    const link = barLinks.nth(i);
    await expectTarget(link, page);
    const href = (await link.getAttribute('href'))!;
    seen.push((await link.innerText()).trim());
    await link.click();
    await page.waitForURL((url) => url.pathname.startsWith(href));
    expect(await link.getAttribute('aria-current')).toBe('page');
  }
  const more = page.getByTestId('nav-more');
  if ((await more.count()) === 0) return seen;
  await expectTarget(more, page);
  await more.click();
  const sheetLinks = page.getByTestId('nav-sheet').getByRole('link');
  const count = await sheetLinks.count();
  for (let i = 0; i < count; i++) {
    if (i > 0) await more.click();
    const link = page.getByTestId('nav-sheet').getByRole('link').nth(i);
    await expectTarget(link, page);
    const href = (await link.getAttribute('href'))!;
    seen.push((await link.innerText()).trim());
    await link.click();
    await page.waitForURL((url) => url.pathname.startsWith(href));
    await expect.poll(() => page.getByTestId('nav-sheet').count()).toBe(0);
  }
  return seen;
}

describe('navigation', () => {
  it('gives a member on a 360 px phone every section in a bottom bar', async () => {
    const { page, errors, context } = await openPage(browser, PHONE);
    await signIn(page, app.url, 'anggota.sumedang@demo.rembuk.id');
    const sections = await visitEverySection(page);
    expect(sections).toEqual(expect.arrayContaining(['Wilayah', 'Kerangka SPBE', 'Forum', 'Rapat']));
    await shot(page, 'nav-member-360x780.png');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives an admin on a phone the rest in a "Lainnya" sheet, usable from the keyboard', async () => {
    const { page, errors, context } = await openPage(browser, PHONE);
    await signIn(page, app.url, 'admin@demo.rembuk.id');
    const sections = await visitEverySection(page);
    expect(sections).toEqual(expect.arrayContaining(['Wilayah', 'Kerangka SPBE', 'Forum', 'Rapat', 'Kohort', 'Undangan', 'Impor nilai', 'Pengguna']));

    // Keyboard: Enter opens the sheet with focus inside, Tab stays inside, Escape gives focus back.
    const more = page.getByTestId('nav-more');
    await more.focus();
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    const sheet = page.getByTestId('nav-sheet');
    await sheet.waitFor();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await sheet.getAttribute('aria-modal')).toBe('true');
    await shot(page, 'nav-sheet-360x780.png');
    const focusable = await sheet.locator('a[href], button').count();
    for (let i = 0; i < focusable + 2; i++) {
      await page.keyboard.press('Tab');
      expect(await sheet.evaluate((el) => el.contains(el.ownerDocument.activeElement))).toBe(true);
    }
    await expectTarget(sheet.getByRole('button', { name: 'Tutup' }), page);
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);
    expect(await more.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps every link of an admin on screen at 1280 px, the admin pages under "Kelola"', async () => {
    const { page, errors, context } = await openPage(browser, { width: 1280, height: 800 });
    await signIn(page, app.url, 'admin@demo.rembuk.id');
    expect(await page.getByTestId('bottom-nav').isVisible()).toBe(false);
    const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
    // The "Kelola" menu loads once the signed-in header shows it: measure the row with it.
    await page.getByTestId('nav-manage').waitFor();
    // Nothing cut: the row is no wider than its box, and each link lies inside the window.
    expect(await nav.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    for (const link of await nav.getByRole('link').all()) expect((await box(link, page)).inside).toBe(true);
    await page.getByTestId('nav-manage').click();
    for (const name of ['Kohort', 'Undangan', 'Impor nilai', 'Pengguna']) expect((await box(nav.getByRole('link', { name }), page)).inside).toBe(true);
    await shot(page, 'nav-admin-1280x800.png');
    await nav.getByRole('link', { name: 'Impor nilai' }).click();
    await page.waitForURL(/\/admin\/impor$/);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the built app over HTTP', () => {
  it('sends the built first load pre-compressed (brotli or gzip, as asked) and GraphQL answers compressed', async () => {
    const get = (url: string, acceptEncoding: string, body?: string) =>
      new Promise<{ encoding: string | undefined; vary: string | undefined; length: number }>((resolve, reject) => {
        const req = http.request(url, { method: body ? 'POST' : 'GET', headers: { 'accept-encoding': acceptEncoding, ...(body ? { 'content-type': 'application/json' } : {}) } }, (res) => {
          let length = 0;
          res.on('data', (c: Buffer) => (length += c.length));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], vary: res.headers.vary, length }));
        });
        req.on('error', reject);
        req.end(body);
      });
    const html = await (await fetch(`${app.url}/`)).text();
    const script = html.match(/src="(\/assets\/[^"]+\.js)"/)![1]!;
    const [br, gz, plain] = await Promise.all(['br, gzip', 'gzip', 'identity'].map((a) => get(`${app.url}${script}`, a)));
    expect([br!.encoding, gz!.encoding, plain!.encoding]).toEqual(['br', 'gzip', undefined]);
    expect(br!.vary).toMatch(/Accept-Encoding/i);
    expect(br!.length).toBeLessThan(gz!.length);
    expect(gz!.length).toBeLessThan(plain!.length / 2);
    expect((await get(`${app.url}/wilayah`, 'br')).encoding).toBe('br');
    const regions = await get(`${app.url}/graphql`, 'br', JSON.stringify({ query: '{ regions(first: 100) { edges { node { code name } } } }' }));
    expect(regions.encoding).toBe('br');
  });
});
