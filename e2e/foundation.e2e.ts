import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startBuiltApp, type RunningApp } from './app.js';
import { keepScreenshot, launchBrowser, signIn } from './browser.js';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startBuiltApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});


const HEADER = ['region_code', ...Array.from({ length: 47 }, (_, i) => `i${i + 1}`)].join(',');
const row = (code: string, level: number, bad?: [number, number]) =>
  [code, ...Array.from({ length: 47 }, (_, i) => (bad && bad[0] === i + 1 ? bad[1] : level))].join(',');

describe('the hub in a phone-sized browser', () => {
  it('signs in, finds Sumedang and its index, switches language, and reports a bad CSV row', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'id-ID' });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));

    await signIn(page, app.url, 'sumedang@demo.rembuk.id');
    await expect.poll(() => page.getByTestId('demo-badge').isVisible()).toBe(true);
    // Home: the person's own region with its index comes first.
    expect(await page.getByTestId('home-region').getByRole('link').first().textContent()).toBe('Kabupaten Sumedang');
    await expect.poll(() => page.getByTestId('home-region-index').textContent()).toMatch(/^3[,.]8\d$/);
    await keepScreenshot(page, 'home-member-360.png');

    await page.goto(`${app.url}/wilayah`);
    await page.getByTestId('region-search').fill('sumedang');
    const sumedang = page.locator('[data-testid="region-row"][data-code="32.11"]');
    await sumedang.waitFor();
    expect(await page.getByTestId('region-row').count()).toBe(1);
    await sumedang.locator('a').first().click();
    await page.waitForURL(/\/wilayah\/32\.11$/);
    await expect.poll(() => page.getByTestId('region-index').textContent()).toMatch(/^3[,.]8\d$/);
    await page.getByRole('heading', { name: /Kabupaten Sumedang/ }).waitFor();

    // Bahasa Indonesia by default; English on the toggle, kept across a reload.
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.getByTestId('region-index').textContent()).toMatch(/^3\.8\d$/);

    // Sign out, then import as a facilitator: three rows, the second with a level out of range.
    await page.getByTestId('user-menu').click();
    await page.getByTestId('signout').click();
    await expect.poll(() => page.getByTestId('user-menu').count()).toBe(0);
    await signIn(page, app.url, 'fasilitator@demo.rembuk.id');
    await page.goto(`${app.url}/admin/impor`);
    await page.getByTestId('import-year').fill('2024');
    await page.getByTestId('import-csv').fill([HEADER, row('32.11', 4), row('14.08', 3, [7, 9]), row('19.02', 2)].join('\n'));
    await page.getByTestId('import-submit').click();
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    const rows = await page.getByTestId('import-error-row').allTextContents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('3');
    expect(rows[0]).toContain('14.08');
    expect(rows[0]).toContain('i7');
    expect(rows[0]).toContain('i7 must be a level from 1 to 5, got "9"');
    expect(await page.getByTestId('import-success').count()).toBe(0);

    // Fix the file: the import now succeeds and the profile shows the new year.
    await page.getByTestId('import-csv').fill([HEADER, row('32.11', 4), row('14.08', 3), row('19.02', 2)].join('\n'));
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-success').waitFor();
    await page.goto(`${app.url}/wilayah/32.11`);
    await expect.poll(() => page.getByTestId('region-index').textContent()).toBe('4.00');

    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps a member away from the admin import', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, app.url, 'anggota.sumedang@demo.rembuk.id');
    await page.goto(`${app.url}/admin/impor`);
    await expect.poll(() => page.getByTestId('import-submit').count()).toBe(0);
    await context.close();
  });

  it('gives every small control a tap target of at least 44 px on a phone', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    const size = async (selector: string) => {
      const box = await page.locator(selector).first().boundingBox();
      return box ? Math.round(Math.min(box.width, box.height)) : 0;
    };
    // Signed out: the sign-in notice's link.
    await page.goto(`${app.url}/admin/impor`);
    await page.getByRole('link', { name: 'Masuk' }).last().waitFor();
    expect(await size('main a[href^="/masuk"]')).toBeGreaterThanOrEqual(44);
    await signIn(page, app.url, 'sumedang@demo.rembuk.id');
    await page.goto(`${app.url}/forum`);
    await page.getByTestId('forum-new-thread').waitFor();
    // A topic of one's own, made through the API as the page would (the demo has none).
    const threadId = await page.evaluate(async () => {
      const ask = <T,>(query: string, variables: Record<string, unknown> = {}): Promise<{ data: T }> =>
        fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) }).then((r) => r.json() as Promise<{ data: T }>);
      const cats = await ask<{ categories: { id: string }[] }>('{ categories { id } }');
      const made = await ask<{ createThread: { id: string } }>('mutation($i: CreateThreadInput!) { createThread(input: $i) { id } }', {
        i: { categoryId: cats.data.categories[0]!.id, title: 'Ukuran sasaran sentuh', body: 'Tombol kecil sulit ditekan di ponsel.' },
      });
      return made.data.createThread.id;
    });
    await page.goto(`${app.url}/forum/t/${threadId}`);
    await page.locator('a[href^="#p"]').first().waitFor();
    expect(await size('[data-testid="thread-title-edit-open"]')).toBeGreaterThanOrEqual(44);
    expect(await size('a[href^="#p"]')).toBeGreaterThanOrEqual(44);
    await context.close();
  });
});

