import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium, never a downloaded browser (this network reaches no browser CDN). */
export function chromiumPath(): string {
  const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(candidate)) {
    throw new Error(`Chromium not found at ${candidate}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH`);
  }
  return candidate;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** The demo accounts' password, as seeded by api/src/modules/demo/demo.seed.ts. */
export const DEMO_PASSWORD = 'rembuk-demo-2026';

export interface OpenPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions of the page, for tests to assert none happened. */
  errors: string[];
}

/** A fresh browser context (Indonesian locale) with one page whose errors are collected. */
export async function openPage(browser: Browser, viewport: { width: number; height: number }, options: { acceptDownloads?: boolean } = {}): Promise<OpenPage> {
  const context = await browser.newContext({ viewport, locale: 'id-ID', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

/** Signs a demo account in through the sign-in page. */
export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/masuk`);
  await page.getByTestId('signin-email').fill(email);
  await page.getByTestId('signin-password').fill(DEMO_PASSWORD);
  await page.getByTestId('signin-submit').click();
  // Signing in lands on the person's home.
  await page.waitForURL((url) => url.pathname === '/');
}

/** With E2E_SCREENSHOTS=<folder>, keeps a full-page screenshot of the page as it is now (for reviewers; see README). */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.E2E_SCREENSHOTS;
  if (!folder) return;
  fs.mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: path.join(folder, name), fullPage: true });
}
