import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startBuiltApp, type RunningApp } from './app.js';
import { launchBrowser, openPage, signIn } from './browser.js';

/** Set E2E_SCREENSHOTS=<folder> to keep the assessment screen as the region admin and the member see it. */
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
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: false });
};
const text = async (page: Page, testid: string) => ((await page.getByTestId(testid).first().textContent()) ?? '').trim();

describe('the assessment screen on a phone', () => {
  it("Sumedang's region admin opens the 2023 draft from the profile, sets two levels, saves, reloads and sees them with the new index; a member sees it read-only", async () => {
    const admin = await openPage(browser, PHONE);
    await signIn(admin.page, app.url, 'sumedang@demo.rembuk.id');
    await admin.page.goto(`${app.url}/wilayah/32.11`);
    // The profile's draft card ("Draf 2023 43%") opens the draft.
    const draft = admin.page.getByTestId('draft-link').filter({ hasText: 'Draf 2023' });
    expect(await draft.textContent()).toContain('43%');
    await draft.click();
    await admin.page.waitForURL(/\/wilayah\/32\.11\/penilaian\/2023$/);
    await admin.page.getByTestId('assessment-summary').waitFor();
    expect(await admin.page.getByRole('heading', { level: 1 }).textContent()).toContain('Penilaian SPBE 2023');
    expect(await text(admin.page, 'assessment-completeness')).toBe('43% lengkap (20/47 indikator)');
    const before = await text(admin.page, 'assessment-index');
    // The demo draft has indicators 1-20; 21 and 22 are still empty.
    expect(await text(admin.page, 'indicator-21-level')).toBe('Belum diisi');
    await shot(admin.page, 'assessment-draft-phone.png');

    await admin.page.getByTestId('level-21-1').click();
    await admin.page.getByTestId('level-22-2').click();
    expect(await text(admin.page, 'assessment-save-unsaved')).toBe('2 perubahan belum disimpan');
    // The tap targets are at least 44 px and the row fits the phone's width.
    const target = (await admin.page.getByTestId('level-22-5').boundingBox())!;
    expect(target.height).toBeGreaterThanOrEqual(44);
    expect(target.x + target.width).toBeLessThanOrEqual(PHONE.width);
    await admin.page.getByTestId('assessment-save').click();
    await admin.page.getByTestId('assessment-save-unsaved').waitFor({ state: 'detached' });
    await admin.page.waitForFunction(() => document.querySelector('[data-testid="assessment-completeness"]')?.textContent?.includes('22/47'));
    const after = await text(admin.page, 'assessment-index');
    expect(after).not.toBe(before);
    expect(after).toMatch(/^\d,\d\d$/);

    await admin.page.reload();
    await admin.page.getByTestId('assessment-summary').waitFor();
    expect(await text(admin.page, 'indicator-21-level')).toBe('Tingkat 1: Rintisan');
    expect(await text(admin.page, 'indicator-22-level')).toBe('Tingkat 2: Terkelola');
    expect(await admin.page.getByRole('radio', { name: '1 Rintisan' }).nth(20).isChecked()).toBe(true);
    expect(await text(admin.page, 'assessment-index')).toBe(after);
    expect(await text(admin.page, 'assessment-completeness')).toBe('47% lengkap (22/47 indikator)');

    // Who to learn from on indicator 21: regions above level 1, each with whom to ask.
    await admin.page.getByTestId('learn-toggle-21').click();
    await admin.page.getByTestId('learn-region').first().waitFor();
    expect(await admin.page.getByTestId('learn-21').getByRole('link', { name: 'Kabupaten Sumedang' }).count()).toBe(0);
    expect(admin.errors).toEqual([]);

    const member = await openPage(browser, PHONE);
    await signIn(member.page, app.url, 'anggota.sumedang@demo.rembuk.id');
    await member.page.goto(`${app.url}/wilayah/32.11/penilaian/2023`);
    await member.page.getByTestId('assessment-readonly').waitFor();
    expect(await member.page.getByRole('radio').count()).toBe(0);
    expect(await member.page.getByTestId('assessment-save').count()).toBe(0);
    expect(await text(member.page, 'indicator-21-level')).toBe('Tingkat 1: Rintisan');
    expect(await text(member.page, 'assessment-index')).toBe(after);
    await shot(member.page, 'assessment-readonly-phone.png');
    expect(member.errors).toEqual([]);
    await admin.context.close();
    await member.context.close();
  });
});
