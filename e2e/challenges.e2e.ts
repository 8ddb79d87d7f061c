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

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

async function signedIn(email: string, viewport: { width: number; height: number }): Promise<OpenPage> {
  const opened = await openPage(browser, viewport, { acceptDownloads: true });
  await signIn(opened.page, app.url, email);
  return opened;
}

const solutionCard = (page: Page, title: string) => page.getByTestId('solution-card').filter({ hasText: title });

describe('a living-lab challenge between regions', () => {
  it('Sumedang opens a challenge, Belitung proposes a solution on a phone, Siak sees it live and endorses it, the lead selects it and moves the stage, Siak replicates it and the lineage shows', async () => {
    const lead = await signedIn('sumedang@demo.rembuk.id', DESKTOP);
    const proposer = await signedIn('anggota.belitung@demo.rembuk.id', PHONE);
    const siak = await signedIn('siak@demo.rembuk.id', PHONE);

    // The lead opens a challenge from the list; the form refuses a too-short title under the field.
    await lead.page.getByRole('link', { name: 'Tantangan' }).first().click();
    await lead.page.waitForURL(/\/tantangan$/);
    await lead.page.getByTestId('challenge-card').first().waitFor();
    await lead.page.getByTestId('challenge-new').click();
    await lead.page.waitForURL(/\/tantangan\/baru$/);
    expect(await lead.page.getByTestId('challenge-own-region').textContent()).toBe('Kabupaten Sumedang');
    await lead.page.getByTestId('challenge-title').fill('Izin');
    await lead.page.getByTestId('challenge-submit').click();
    expect(await lead.page.getByTestId('challenge-title').getAttribute('aria-invalid')).toBe('true');
    await lead.page.getByTestId('challenge-title').fill('Antrean layanan adminduk yang panjang');
    await lead.page.getByTestId('challenge-problem').fill('Warga menunggu **berjam-jam** untuk layanan KTP dan KK di kantor Disdukcapil; kami ingin antrean daring.');
    await lead.page.getByTestId('challenge-problem-preview').click();
    expect(await lead.page.getByTestId('challenge-problem-preview-body').innerHTML()).toContain('<strong>berjam-jam</strong>');
    await lead.page.getByTestId('challenge-indicator').selectOption('20');
    await lead.page.getByTestId('challenge-cohort').selectOption('living-lab-2022');
    await lead.page.getByTestId('challenge-submit').click();
    await lead.page.waitForURL(/\/tantangan\/\d+$/);
    const challengeUrl = lead.page.url();
    expect(await lead.page.getByRole('heading', { level: 1 }).textContent()).toBe('Antrean layanan adminduk yang panjang');
    expect(await lead.page.getByTestId('challenge-page-stage').textContent()).toBe('Eksplorasi');

    // Siak waits on the solutions tab; Belitung proposes a solution on a phone.
    await siak.page.goto(`${challengeUrl}?tab=solusi`);
    await siak.page.getByTestId('solutions-empty').waitFor();
    await proposer.page.goto(`${challengeUrl}?tab=solusi`);
    await proposer.page.getByTestId('propose-open').click();
    await proposer.page.getByTestId('solution-title').fill('Antrean daring lewat aplikasi desa');
    await proposer.page.getByTestId('solution-description').fill('Warga mengambil nomor antrean dari aplikasi, dengan pengingat lewat SMS sebelum gilirannya tiba.');
    await proposer.page.getByTestId('solution-submit').click();
    const proposed = solutionCard(proposer.page, 'Antrean daring lewat aplikasi desa');
    await proposed.waitFor();
    expect(await proposed.getByTestId('solution-status').textContent()).toBe('Diusulkan');

    // Siak's page shows it live, without reloading, and says so politely to screen readers.
    const seen = solutionCard(siak.page, 'Antrean daring lewat aplikasi desa');
    await seen.waitFor();
    await expect.poll(() => siak.page.getByTestId('challenge-live-region').textContent()).toBe('Solusi baru: Antrean daring lewat aplikasi desa');
    expect(await siak.page.getByTestId('tab-solusi').textContent()).toBe('Solusi (1)');

    // Siak supports it and endorses it for the region with a statement.
    await seen.getByTestId('solution-support').click();
    await expect.poll(() => seen.getByTestId('solution-support-count').textContent()).toBe('1');
    await seen.getByTestId('endorse-open').click();
    await seen.getByTestId('endorse-statement').fill('Kabupaten Siak mendukung solusi ini.');
    await seen.getByTestId('endorse-submit').click();
    await seen.getByTestId('endorsement').filter({ hasText: 'Kabupaten Siak mendukung' }).waitFor();

    // The lead's page, open since the start, learned of the solution and its endorsement live.
    await lead.page.getByTestId('tab-solusi').click();
    await solutionCard(lead.page, 'Antrean daring lewat aplikasi desa').getByTestId('endorsement').waitFor();
    await expect.poll(() => solutionCard(lead.page, 'Antrean daring lewat aplikasi desa').getByTestId('solution-support-count').textContent()).toBe('1');
    await lead.page.getByTestId('tab-ringkasan').click();

    // The lead moves the challenge on; Siak sees the stage change live. Moving back asks for a reason first.
    await lead.page.getByTestId('stage-move-CO_CREATION').click();
    await lead.page.getByTestId('stage-confirm').click();
    await expect.poll(() => lead.page.getByTestId('challenge-page-stage').textContent()).toBe('Ko-kreasi');
    await expect.poll(() => siak.page.getByTestId('challenge-page-stage').textContent()).toBe('Ko-kreasi');
    await lead.page.getByTestId('stage-move-EXPLORATION').click();
    await lead.page.getByTestId('stage-confirm').click();
    expect(await lead.page.getByTestId('stage-note').getAttribute('aria-invalid')).toBe('true');
    await lead.page.getByRole('button', { name: 'Batal' }).click();
    await lead.page.getByTestId('tab-linimasa').click();
    await expect.poll(() => lead.page.getByTestId('timeline-step').count()).toBe(2);

    // The lead sharpens the challenge's title; only leads and facilitators are offered the edit.
    await lead.page.getByTestId('challenge-edit-link').click();
    await lead.page.waitForURL(/\/ubah$/);
    await lead.page.getByTestId('challenge-title').fill('Antrean layanan adminduk yang panjang di kecamatan');
    await lead.page.getByTestId('challenge-edit-submit').click();
    await lead.page.waitForURL(/\/tantangan\/\d+$/);
    await expect.poll(() => lead.page.locator('h1').textContent()).toBe('Antrean layanan adminduk yang panjang di kecamatan');
    expect(await siak.page.getByTestId('challenge-edit-link').count()).toBe(0);

    // The lead selects the solution with a trial plan and takes the challenge to evaluation.
    await lead.page.getByTestId('tab-solusi').click();
    const leadCard = solutionCard(lead.page, 'Antrean daring lewat aplikasi desa');
    await leadCard.getByTestId('solution-select').click();
    await leadCard.getByTestId('decide-plan').fill('Uji coba tiga bulan di dua kecamatan.');
    await leadCard.getByTestId('decide-submit').click();
    await expect.poll(() => leadCard.getByTestId('solution-status').textContent()).toBe('Dipilih untuk uji coba');
    expect(await leadCard.getByTestId('trial-plan').textContent()).toContain('Uji coba tiga bulan');
    await lead.page.getByTestId('tab-ringkasan').click();
    for (const [to, label] of [['EXPERIMENTATION', 'Eksperimen'], ['EVALUATION', 'Evaluasi']] as const) {
      await lead.page.getByTestId(`stage-move-${to}`).click();
      await lead.page.getByTestId('stage-confirm').click();
      await expect.poll(() => lead.page.getByTestId('challenge-page-stage').textContent()).toBe(label);
    }

    // Siak, a third region, replicates the Belitung solution; the lineage tree shows it.
    await siak.page.goto(`${challengeUrl}?tab=solusi`);
    await solutionCard(siak.page, 'Antrean daring lewat aplikasi desa').getByTestId('solution-link').click();
    await siak.page.waitForURL(/\/solusi\/\d+$/);
    await siak.page.getByTestId('replicate-open').click();
    await siak.page.getByTestId('replicate-adaptation').fill('Memakai SMS gateway milik Diskominfo Siak.');
    await siak.page.getByTestId('replicate-submit').click();
    const replication = siak.page.getByTestId('replication').filter({ hasText: 'Kabupaten Siak' });
    await replication.waitFor();
    expect(await replication.getByTestId('replication-status').textContent()).toBe('Direncanakan');
    const tree = siak.page.getByTestId('lineage-tree');
    await tree.locator('[data-testid="lineage-node"][data-depth="1"]').filter({ hasText: 'Kabupaten Siak' }).waitFor();
    expect(await siak.page.getByTestId('lineage-text').textContent()).toBe('Kabupaten Belitung → Kabupaten Siak');
    expect(await siak.page.getByTestId('lineage-summary').textContent()).toContain('ditiru oleh 1 daerah');
    expect(await siak.page.getByTestId('replicate-open').count()).toBe(0);

    // Siak reports progress along the status table.
    await replication.getByTestId('replication-move-IN_PROGRESS').click();
    await replication.getByTestId('replication-save').click();
    await expect.poll(() => replication.getByTestId('replication-status').textContent()).toBe('Berjalan');

    // Belitung, the author, edits the description on the solution's page; the earlier version stays in the history.
    await proposer.page.goto(siak.page.url());
    await proposer.page.getByTestId('solution-edit').click();
    await proposer.page.getByTestId('solution-edit-description').fill('Warga mengambil nomor antrean dari aplikasi; pengingat lewat SMS dan WhatsApp sebelum gilirannya tiba.');
    await proposer.page.getByTestId('solution-edit-save').click();
    await proposer.page.getByTestId('solution-revisions').waitFor();
    expect(await proposer.page.getByTestId('solution-revisions').locator('li').count()).toBe(1);
    // 360 px wide phones: nothing on the solution page (lineage, replications, history) scrolls sideways.
    expect(await proposer.page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);

    // Belitung's profile lists the solution among those it shares, with the region that copied it.
    await proposer.page.goto(`${app.url}/wilayah/19.02`);
    const shared = proposer.page.getByTestId('region-solutions').locator('li').filter({ hasText: 'Antrean daring lewat aplikasi desa' });
    await shared.waitFor();
    expect(await shared.textContent()).toContain('ditiru 1 daerah');

    // The discussion tab leads to the challenge's forum thread.
    await lead.page.goto(challengeUrl);
    await lead.page.getByTestId('tab-diskusi').click();
    expect(await lead.page.getByTestId('discussion-link').getAttribute('href')).toMatch(/^\/forum\/t\/\d+$/);

    // The report shows the solution and its endorsement, ready to print.
    await lead.page.goto(`${challengeUrl}/laporan`);
    const report = lead.page.getByTestId('report-solution').filter({ hasText: 'Antrean daring lewat aplikasi desa' });
    await report.waitFor();
    expect(await report.textContent()).toContain('Kabupaten Siak mendukung');
    expect(await report.getByTestId('report-lineage').textContent()).toContain('Kabupaten Belitung → Kabupaten Siak');
    const download = lead.page.waitForEvent('download');
    await lead.page.getByTestId('report-markdown').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^tantangan-\d+-antrean-layanan-adminduk-yang-panjang-di-kecamatan\.md$/);

    for (const p of [lead, proposer, siak]) {
      expect(p.errors).toEqual([]);
      await p.context.close();
    }
  }, 120_000);
});
