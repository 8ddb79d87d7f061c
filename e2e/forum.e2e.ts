import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startBuiltApp, type RunningApp } from './app.js';
import { launchBrowser, openPage, signIn, type OpenPage } from './browser.js';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startBuiltApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function signedIn(email: string, viewport: { width: number; height: number }): Promise<OpenPage> {
  const opened = await openPage(browser, viewport);
  await signIn(opened.page, app.url, email);
  return opened;
}

const post = (page: Page, n: number) => page.locator(`[data-testid="post"][data-number="${n}"]`);
const bellCount = async (page: Page) => ((await page.getByTestId('notification-count').count()) ? Number(await page.getByTestId('notification-count').textContent()) : 0);

describe('the forum between two regions, live', () => {
  it('A starts a topic, B sees it, A replies mentioning B, B is notified and reacts, A sees it, search finds the reply', async () => {
    const a = await signedIn('sumedang@demo.rembuk.id', { width: 1280, height: 800 });
    const b = await signedIn('anggota.belitung@demo.rembuk.id', { width: 360, height: 740 });

    // B waits on the latest feed; A publishes a question from the composer.
    await b.page.getByRole('link', { name: 'Forum' }).click();
    await b.page.getByTestId('forum-new-thread').waitFor();
    await a.page.goto(`${app.url}/forum`);
    await a.page.getByTestId('forum-new-thread').click();
    await a.page.waitForURL(/\/forum\/baru/);
    await a.page.getByTestId('thread-category').selectOption({ label: 'Tata Kelola SPBE' });
    await a.page.getByTestId('thread-type').selectOption('QUESTION');
    await a.page.getByTestId('thread-title-input').fill('Bagaimana menyusun arsitektur SPBE daerah?');
    await a.page.getByTestId('thread-body-input').fill('Kami sedang menyusun **arsitektur SPBE**. Ada contoh dokumen?');
    await a.page.getByTestId('thread-submit').click();
    await a.page.waitForURL(/\/forum\/t\/\d+$/);
    const threadId = /\/forum\/t\/(\d+)$/.exec(a.page.url())![1]!;
    await post(a.page, 1).waitFor();

    // B's feed learns of it live: above the demo's topics, a bar says a new one came (Discourse's
    // way: the list does not jump while B reads it); B shows it and opens it.
    const bar = b.page.getByTestId('feed-new-topics');
    await bar.waitFor();
    expect(await bar.textContent()).toContain('1 topik baru');
    await bar.click();
    const row = b.page.locator(`[data-testid="thread-row"][data-thread-id="${threadId}"]`);
    await row.waitFor();
    expect(await b.page.getByTestId('feed-new-topics').count()).toBe(0);
    expect(await row.textContent()).toContain('baru');
    await row.locator('a').first().click();
    await b.page.waitForURL(new RegExp(`/forum/t/${threadId}$`));
    await post(b.page, 1).waitFor();
    expect(await b.page.getByRole('heading', { level: 1 }).textContent()).toBe('Bagaimana menyusun arsitektur SPBE daerah?');
    const countBefore = await bellCount(b.page);

    // A sees B viewing; A replies with an @mention picked from the autocomplete.
    await a.page.getByTestId('viewers').filter({ hasText: 'Staf Belitung' }).waitFor();
    const input = a.page.getByTestId('reply-input');
    await input.click();
    await input.pressSequentially('Contoh dari Sumedang untuk @anggota_bel', { delay: 15 });
    await b.page.getByTestId('typing-indicator').waitFor();
    await a.page.getByTestId('mention-option').filter({ hasText: '@anggota_belitung' }).waitFor();
    await input.press('Enter');
    await input.pressSequentially('silakan pakai templat katalog layanan kami.');
    expect(await input.inputValue()).toBe('Contoh dari Sumedang untuk @anggota_belitung silakan pakai templat katalog layanan kami.');
    await a.page.getByTestId('reply-submit').click();
    await post(a.page, 2).waitFor();

    // B sees the reply appear without reloading, and the bell counts the mention.
    await post(b.page, 2).waitFor();
    expect(await post(b.page, 2).getByTestId('post-body').textContent()).toContain('templat katalog layanan');
    await expect.poll(() => bellCount(b.page)).toBe(countBefore + 1);
    await b.page.getByTestId('notification-bell').click();
    expect(await b.page.getByTestId('notification-item').first().textContent()).toContain('menyebut Anda');
    await b.page.getByTestId('notification-bell').click();

    // B reacts 👍 to the reply; A's count changes live.
    const thumbs = (page: Page) => post(page, 2).getByTestId('reaction-thumbs');
    await thumbs(b.page).click();
    await expect.poll(() => thumbs(b.page).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => thumbs(a.page).getByTestId('reaction-count').textContent()).toBe('1');

    // Search finds the reply and links to its post.
    await a.page.goto(`${app.url}/forum/cari`);
    await a.page.getByTestId('search-input').fill('katalog layanan');
    const hit = a.page.getByTestId('search-result').first();
    await hit.waitFor();
    expect(await hit.locator('a').first().getAttribute('href')).toBe(`/forum/t/${threadId}#p2`);
    expect(await hit.getByTestId('search-snippet').innerHTML()).toContain('<mark>');

    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    await a.context.close();
    await b.context.close();
  });
});
