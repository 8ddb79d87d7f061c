import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startBuiltApp, type RunningApp } from './app.js';
import { launchBrowser, signIn } from './browser.js';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startBuiltApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('accounts in a browser', () => {
  it('an admin hands a forgotten-password link; the person sets a new password and the old session is gone', async () => {
    const admin = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const adminPage = await admin.newPage();
    await signIn(adminPage, app.url, 'admin@demo.rembuk.id');
    // The old session of the person, on another device.
    const laptop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const laptopPage = await laptop.newPage();
    await signIn(laptopPage, app.url, 'anggota.belitung@demo.rembuk.id');

    await adminPage.goto(`${app.url}/admin/pengguna`);
    await adminPage.getByTestId('people-search').fill('belitung');
    const row = adminPage.getByTestId('person').filter({ hasText: 'Staf Belitung' });
    await row.getByRole('button', { name: 'Tautan atur ulang untuk Staf Belitung' }).click();
    const link = await row.getByRole('textbox').inputValue();
    expect(link).toMatch(/\/reset\/[\w-]{40,}$/);

    const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const phonePage = await phone.newPage();
    await phonePage.goto(link);
    await phonePage.getByText('Staf Belitung').waitFor();
    await phonePage.getByTestId('new-password').fill('sandi-baru-belitung-2026');
    await phonePage.getByTestId('repeat-password').fill('sandi-baru-belitung-2026');
    await phonePage.getByTestId('reset-submit').click();
    await phonePage.waitForURL(/\/akun$/);
    const sessions = phonePage.getByTestId('session-list').getByRole('listitem');
    await expect.poll(() => sessions.count()).toBe(1);
    expect(await sessions.first().textContent()).toContain('Perangkat ini');

    await laptopPage.goto(`${app.url}/akun`);
    await laptopPage.getByRole('link', { name: 'Masuk untuk mengelola akun Anda.' }).waitFor();
    await Promise.all([admin.close(), laptop.close(), phone.close()]);
  });

  it('an admin deactivates a person, who is signed out at once and told why at sign-in', async () => {
    const admin = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const adminPage = await admin.newPage();
    await signIn(adminPage, app.url, 'admin@demo.rembuk.id');
    const member = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const memberPage = await member.newPage();
    await signIn(memberPage, app.url, 'anggota.sumedang@demo.rembuk.id');

    await adminPage.goto(`${app.url}/admin/pengguna`);
    await adminPage.getByTestId('people-search').fill('anggota.sumedang');
    const row = adminPage.getByTestId('person').filter({ hasText: 'Staf Sumedang' });
    await row.getByRole('button', { name: 'Nonaktifkan Staf Sumedang' }).click();
    await row.getByTestId('deactivate-confirm').click();
    await row.getByText(/Nonaktif sejak/).waitFor();

    await memberPage.goto(`${app.url}/akun`);
    await memberPage.getByRole('link', { name: 'Masuk untuk mengelola akun Anda.' }).waitFor();
    await memberPage.goto(`${app.url}/masuk`);
    await memberPage.getByTestId('signin-email').fill('anggota.sumedang@demo.rembuk.id');
    await memberPage.getByTestId('signin-password').fill('rembuk-demo-2026');
    await memberPage.getByTestId('signin-submit').click();
    await memberPage.getByRole('alert').filter({ hasText: 'Akun ini telah dinonaktifkan' }).waitFor();
    await Promise.all([admin.close(), member.close()]);
  });
});
