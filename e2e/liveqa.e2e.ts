import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startBuiltApp, type RunningApp } from './app.js';
import { launchBrowser, openPage, signIn, type OpenPage } from './browser.js';

const CODE = 'RAKORE2E';
const QUESTION = 'Bagaimana mereplikasi aplikasi layanan publik Sumedang di daerah kami?';
/** Set E2E_SCREENSHOTS=<folder> to keep the participant page (360x740) and the hall screen (1920x1080). */
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

/** A participant's browser: signed in with `email`, or a guest without one. */
async function open(viewport: { width: number; height: number }, email?: string): Promise<OpenPage> {
  const opened = await openPage(browser, viewport, { acceptDownloads: true });
  if (email) await signIn(opened.page, app.url, email);
  return opened;
}

const question = (page: Page) => page.getByTestId('question').filter({ hasText: QUESTION });
const shot = async (page: Page, name: string) => {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: name.startsWith('participant') });
};

describe('live Q&A in a coordination meeting', () => {
  it('facilitator, participant, guest and hall screen: question, upvote, highlight, answer, poll, export, close', async () => {
    // The facilitator schedules a meeting and opens a session that takes guests.
    const facilitator = await open({ width: 1280, height: 800 }, 'fasilitator@demo.rembuk.id');
    const f = facilitator.page;
    await f.getByRole('link', { name: 'Rapat' }).click();
    await f.getByTestId('meeting-new').click();
    await f.waitForURL(/\/rapat\/baru$/);
    await f.getByTestId('meeting-title-input').fill('Rapat koordinasi SPBE 62 daerah');
    await f.getByTestId('meeting-organiser-input').fill('KemenPAN-RB');
    await f.getByTestId('agenda-add').click();
    await f.getByTestId('agenda-title-input').fill('Tanya jawab replikasi layanan');
    await f.getByTestId('meeting-submit').click();
    await f.waitForURL(/\/rapat\/\d+$/);
    const meetingUrl = f.url();
    await f.getByTestId('session-open').click();
    await f.getByTestId('session-code-input').fill(CODE.toLowerCase());
    await f.getByTestId('session-guests').check();
    await f.getByTestId('session-submit').click();
    await expect.poll(() => f.getByTestId('session-code').textContent()).toBe(`#${CODE}`);

    // A signed-in member joins by code; a guest joins with a name; the hall screen opens.
    const member = await open({ width: 360, height: 740 }, 'anggota.sumedang@demo.rembuk.id');
    const p = member.page;
    await p.goto(`${app.url}/live`);
    await p.getByTestId('join-code-input').fill(`#${CODE.toLowerCase()}`);
    await p.getByTestId('join-submit').click();
    await p.waitForURL(new RegExp(`/live/${CODE}$`));
    await p.getByTestId('ask-input').waitFor();

    const guest = await open({ width: 360, height: 740 });
    const g = guest.page;
    await g.goto(`${app.url}/live`);
    await g.getByTestId('join-code-input').fill(CODE);
    await g.getByTestId('join-submit').click();
    await g.getByTestId('guest-name-input').fill('Budi dari Belitung');
    await g.getByTestId('join-submit').click();
    await g.waitForURL(new RegExp(`/live/${CODE}$`));

    const screen = await open({ width: 1920, height: 1080 }, 'fasilitator@demo.rembuk.id');
    const h = screen.page;
    await h.goto(`${app.url}/live/${CODE}/layar`);
    expect(await h.getByTestId('hall-code').textContent()).toBe(`#${CODE}`);
    expect(await h.getByTestId('hall-qr').getAttribute('data-value')).toBe(`${app.url}/live/${CODE}`);
    expect(await h.locator('[data-testid="hall-qr"] path').getAttribute('d')).toMatch(/^M\d/);
    await expect.poll(() => p.getByTestId('participant-count').textContent()).toBe('3');

    // The guest asks; it appears live for the member, who upvotes; the count moves everywhere.
    await g.getByTestId('ask-input').fill(QUESTION);
    await g.getByTestId('ask-submit').click();
    await question(p).waitFor();
    expect(await question(p).getByTestId('question-asker').textContent()).toContain('Budi dari Belitung');
    await question(p).getByTestId('question-vote').click();
    await expect.poll(() => question(p).getByTestId('question-vote').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => question(p).getByTestId('question-votes').textContent()).toBe('1');
    await expect.poll(() => question(g).getByTestId('question-votes').textContent()).toBe('1');
    await expect.poll(() => h.getByTestId('hall-question').first().textContent()).toContain('▲ 1');

    // The facilitator highlights it: the hall screen shows it big; then marks it answered.
    await f.goto(`${app.url}/live/${CODE}/moderasi`);
    await expect.poll(() => p.getByTestId('participant-count').textContent()).toBe('4');
    await question(f).getByTestId('mod-highlight').click();
    await expect.poll(() => h.getByTestId('hall-highlight').textContent()).toContain(QUESTION);
    await question(p).getByTestId('question-highlighted').waitFor();
    await question(f).getByTestId('mod-answered').click();
    await question(p).getByTestId('question-answered').waitFor();
    await question(g).getByTestId('question-answered').waitFor();

    // A poll: created as a draft, opened, both participants vote, results on the hall screen.
    await f.getByTestId('poll-create').click();
    await f.getByTestId('poll-title-input').fill('Domain SPBE mana yang diprioritaskan tahun depan?');
    await f.getByTestId('poll-option-input').nth(0).fill('Tata Kelola');
    await f.getByTestId('poll-option-input').nth(1).fill('Layanan');
    await f.getByTestId('poll-add-option').click();
    await f.getByTestId('poll-option-input').nth(2).fill('Manajemen');
    await f.getByTestId('poll-submit').click();
    await f.getByTestId('poll-open').click();
    await h.getByTestId('hall-poll-results').waitFor();
    for (const [page, choice] of [
      [p, 1],
      [g, 1],
    ] as const) {
      await page.getByTestId('poll-choice').nth(choice).check();
      await page.getByTestId('poll-vote').click();
      await page.getByTestId('poll-thanks').waitFor();
    }
    const counts = () => h.getByTestId('hall-poll-results').getByTestId('poll-result-count').allTextContents();
    await expect.poll(counts).toEqual(['0', '2', '0']);
    await expect.poll(() => p.getByTestId('poll-result-count').allTextContents()).toEqual(['0', '2', '0']);
    await shot(p, 'participant-360x740.png');
    await shot(h, 'hall-1920x1080.png');

    // A word cloud: its answers show at once, for the voter and on the hall screen (issue 14, bug 1).
    const WORDS_TITLE = 'Satu kata untuk layanan digital daerah?';
    await f.getByTestId('poll-create').click();
    await f.getByTestId('poll-title-input').fill(WORDS_TITLE);
    await f.getByTestId('poll-kind').selectOption('WORDS');
    await f.getByTestId('poll-submit').click();
    await f.getByTestId('managed-poll').filter({ hasText: WORDS_TITLE }).getByTestId('poll-open').click();
    const cloud = p.getByTestId('poll').filter({ hasText: WORDS_TITLE });
    await cloud.getByTestId('poll-words').fill('integrasi');
    await cloud.getByTestId('poll-vote').click();
    await cloud.getByTestId('poll-thanks').waitFor();
    await expect.poll(() => cloud.getByTestId('poll-word').allTextContents()).toEqual([expect.stringContaining('integrasi')]);
    await expect.poll(() => h.getByTestId('hall-poll-results').getByTestId('poll-word').allTextContents()).toEqual([expect.stringContaining('integrasi')]);

    // The hall-screen link: a signed-out browser shows the session live, without joining and not counted (bug 9).
    await f.goto(meetingUrl);
    await expect.poll(() => p.getByTestId('participant-count').textContent()).toBe('3');
    await f.getByTestId('hall-link-make').click();
    const hallLink = await f.getByTestId('hall-link-url').inputValue();
    expect(hallLink).toMatch(new RegExp(`/live/${CODE}/layar#layar=d\\.`));
    const projector = await open({ width: 1920, height: 1080 });
    const d = projector.page;
    await d.goto(hallLink);
    expect(await d.getByTestId('hall-code').textContent()).toBe(`#${CODE}`);
    expect(await d.getByTestId('join-code-input').count()).toBe(0);
    // Live: the guest's word-cloud answer reaches the projector.
    const guestCloud = g.getByTestId('poll').filter({ hasText: WORDS_TITLE });
    await guestCloud.getByTestId('poll-words').fill('interoperabilitas');
    await guestCloud.getByTestId('poll-vote').click();
    await expect.poll(() => d.getByTestId('poll-word').allTextContents()).toEqual([expect.stringContaining('integrasi'), expect.stringContaining('interoperabilitas')]);
    expect(await d.getByTestId('participant-count').textContent()).toBe('3');
    expect(await p.getByTestId('participant-count').textContent()).toBe('3');
    // A new link ends the old one: the projector's link no longer opens the session.
    await f.getByTestId('hall-link-make').click();
    await expect.poll(() => f.getByTestId('hall-link-url').inputValue()).not.toBe(hallLink);
    await d.reload();
    await d.getByTestId('hall-link-invalid').waitFor();

    // The minutes download as CSV; closing the session reaches the member and the guest.
    const [download] = await Promise.all([f.waitForEvent('download'), f.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toBe(`rembuk-${CODE}.csv`);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain(QUESTION);
    expect(csv).toContain('ANSWERED');
    await f.getByTestId('session-close').click();
    await p.getByTestId('session-closed').waitFor();
    await g.getByTestId('session-closed').waitFor();
    expect(await p.getByTestId('ask-input').count()).toBe(0);

    for (const client of [facilitator, member, guest, screen, projector]) {
      expect(client.errors).toEqual([]);
      await client.context.close();
    }
  }, 150_000);
});
