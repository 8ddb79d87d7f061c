import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startBuiltApp, type RunningApp } from './app.js';
import { launchBrowser, signIn } from './browser.js';
import { seriousViolations, settle, withAxe } from './a11y/axe.js';
import { createFixtures, fill, type Fixtures } from './a11y/fixtures.js';
import { ROUTES, type Who } from './a11y/routes.js';

/**
 * Issue 16: axe-core (WCAG 2.1 A/AA) on every page of the app, at phone and desktop width,
 * signed out, as a member and as an admin; any critical or serious violation fails. One
 * browser, one context per person, reused for both widths.
 */
const ACCOUNTS: Record<Who, string | null> = { guest: null, member: 'anggota.sumedang@demo.rembuk.id', admin: 'admin@demo.rembuk.id' };
const WIDTHS = [360, 1280];

let app: RunningApp;
let browser: Browser;
let fixtures: Fixtures;
const pages = new Map<Who, { context: BrowserContext; page: Page }>();

beforeAll(async () => {
  [app, browser] = await Promise.all([startBuiltApp(), launchBrowser()]);
  for (const who of Object.keys(ACCOUNTS) as Who[]) {
    const context = await browser.newContext({ viewport: { width: WIDTHS[0]!, height: 740 }, locale: 'id-ID' });
    await withAxe(context);
    const page = await context.newPage();
    const email = ACCOUNTS[who];
    if (email) await signIn(page, app.url, email);
    pages.set(who, { context, page });
  }
  fixtures = await createFixtures(pages.get('admin')!.context, app.url);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('accessibility of every page (axe-core, WCAG 2.1 A/AA)', () => {
  it('has a line in the route list for every route of the app', () => {
    const { patterns } = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../web/dist/routes.json'), 'utf8')) as { patterns: string[] };
    const toRegex = (pattern: string) => new RegExp(`^${pattern.replace(/:[^/]+/g, '[^/]+').replace(/\*\w*/g, '.*')}$`);
    const listed = ROUTES.map((r) => r.path.split('?')[0]!.replace(/\{\w+\}/g, 'x'));
    const missing = patterns.filter((p) => !listed.some((l) => toRegex(p).test(l)));
    expect(missing, 'add these pages to e2e/a11y/routes.ts').toEqual([]);
  });

  for (const who of Object.keys(ACCOUNTS) as Who[]) {
    it(`has no serious violations for ${who === 'guest' ? 'someone signed out' : `a${who === 'admin' ? 'n' : ''} ${who}`} at ${WIDTHS.join(' and ')} px`, async () => {
      const { page } = pages.get(who)!;
      const found: string[] = [];
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: width < 600 ? 740 : 800 });
        for (const route of ROUTES.filter((r) => !r.who || r.who.includes(who))) {
          const url = fill(route.path, fixtures);
          await page.goto(`${app.url}${url}`);
          if (!(await settle(page))) found.push(`${width}px ${url}: no h1 after 4 s, or a spinner that never stops`);
          for (const v of await seriousViolations(page)) found.push(`${width}px ${url}: ${v}`);
        }
      }
      expect(found).toEqual([]);
    }, 240_000);
  }
});
