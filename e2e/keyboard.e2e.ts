/// <reference lib="dom" />
// (page.evaluate and waitForFunction bodies run in the browser.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startBuiltApp, type RunningApp } from './app.js';
import { DEMO_PASSWORD, launchBrowser, openPage, signIn } from './browser.js';
import { createFixtures, type Fixtures } from './a11y/fixtures.js';

/** Issue 16: the keyboard alone (Tab, Enter, Escape), and where focus is after each step. */
let app: RunningApp;
let browser: Browser;
let fixtures: Fixtures;

beforeAll(async () => {
  [app, browser] = await Promise.all([startBuiltApp(), launchBrowser()]);
  const admin = await openPage(browser, { width: 1280, height: 800 });
  await signIn(admin.page, app.url, 'admin@demo.rembuk.id');
  fixtures = await createFixtures(admin.context, app.url);
  await admin.context.close();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** What has focus: tag, test id and accessible text, enough to tell controls apart. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName ?? '', testid: el?.dataset.testid ?? '', text: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim(), inDialog: !!el?.closest('[role="dialog"]') };
  });

/** Presses Tab until `match` holds for the focused element (at most `limit` presses). */
async function tabTo(page: Page, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (match(await focused(page))) return;
  }
  throw new Error(`Tab never reached the control; last focus: ${JSON.stringify(await focused(page))}`);
}

const announced = (page: Page) => page.getByTestId('announcer').textContent();

describe('keyboard only', () => {
  it('signing in and following a link put focus on the new page\'s heading, and the title is announced', async () => {
    const { page } = await openPage(browser, { width: 1280, height: 800 });
    await page.goto(`${app.url}/masuk`);
    await tabTo(page, (f) => f.testid === 'signin-email');
    await page.keyboard.type('anggota.sumedang@demo.rembuk.id');
    await page.keyboard.press('Tab');
    await page.keyboard.type('salah-sandi');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await page.getByTestId('signin-email').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('signin-password').getAttribute('aria-invalid')).toBe('true');

    await page.getByTestId('signin-password').fill('');
    await tabTo(page, (f) => f.testid === 'signin-password');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'H1' });

    await tabTo(page, (f) => f.tag === 'A' && f.text === 'Forum');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/forum$/);
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'H1', text: 'Forum' });
    await expect.poll(() => announced(page)).toBe('Forum');
  });

  it('on a thread: a reaction keeps focus, a menu gives it back on Escape, the report dialog traps it and returns it, a reply keeps it in the box', async () => {
    const { page } = await openPage(browser, { width: 1280, height: 800 });
    await signIn(page, app.url, 'anggota.sumedang@demo.rembuk.id');
    await page.goto(`${app.url}/forum/t/${fixtures.thread}`);
    const first = page.locator('[data-testid="post"][data-number="1"]');
    await first.waitFor();

    await tabTo(page, (f) => f.testid === 'reaction-thumbs');
    await page.keyboard.press('Enter');
    await expect.poll(() => first.getByTestId('reaction-thumbs').getAttribute('aria-pressed')).toBe('true');
    await new Promise((r) => setTimeout(r, 200));
    expect(await focused(page)).toMatchObject({ testid: 'reaction-thumbs' });

    await tabTo(page, (f) => f.testid === 'post-menu');
    await page.keyboard.press('Enter');
    await page.getByTestId('post-flag').first().waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toMatchObject({ testid: 'post-menu', text: 'Tindakan lain' });

    await page.keyboard.press('Enter');
    await tabTo(page, (f) => f.testid === 'post-flag', 10);
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('flag-dialog');
    await dialog.waitFor();
    expect(await page.locator('#root').getAttribute('inert')).not.toBeNull();
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ inDialog: true });
    }
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toMatchObject({ inDialog: true });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toMatchObject({ testid: 'post-menu', text: 'Tindakan lain' });
    expect(await page.locator('#root').getAttribute('inert')).toBeNull();

    await tabTo(page, (f) => f.testid === 'reply-input');
    await page.keyboard.type('Terima kasih, sangat membantu.');
    await tabTo(page, (f) => f.testid === 'reply-submit', 10);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="post"][data-number="3"]').waitFor();
    await expect.poll(() => focused(page)).toMatchObject({ testid: 'reply-input' });
    await expect.poll(() => announced(page)).toContain('#3');
  });

  it('asking a live question keeps focus in the question box', async () => {
    const { page } = await openPage(browser, { width: 360, height: 740 });
    await signIn(page, app.url, 'anggota.sumedang@demo.rembuk.id');
    await page.goto(`${app.url}/live/${fixtures.code}`);
    await tabTo(page, (f) => f.testid === 'ask-input');
    await page.keyboard.type('Apakah ada pedoman uji aksesibilitas nasional?');
    await tabTo(page, (f) => f.testid === 'ask-submit', 10);
    await page.keyboard.press('Enter');
    await page.getByTestId('ask-sent').waitFor();
    await expect.poll(() => focused(page)).toMatchObject({ testid: 'ask-input' });
  });
});
