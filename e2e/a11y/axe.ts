/// <reference lib="dom" />
// (page.evaluate and waitForFunction bodies run in the browser.)
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import type { AxeResults, RunOptions } from 'axe-core';

/** The bar: WCAG 2.1 A and AA; violations of these impacts fail. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING = new Set(['critical', 'serious']);
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Puts axe-core into every page the context opens, before the app's scripts: one script tag per
 * navigation instead of an injection per check, which keeps the sweep of 100+ views fast.
 */
export async function withAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ path: AXE_SCRIPT });
}

/** One line per failing element: rule, impact, where, and axe's summary of what to fix. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const options: RunOptions = { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] };
  const result = await page.evaluate((opts) => (window as unknown as { axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> } }).axe.run(document, opts), options);
  return result.violations
    .filter((v) => FAILING.has(v.impact ?? ''))
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join('; ') ?? v.help}`));
}

/**
 * Waits until a page has settled enough to judge: its h1 is there and no spinner turns. Pages
 * that never settle are judged as they are after a few seconds.
 */
export async function settle(page: Page): Promise<boolean> {
  return page
    .waitForFunction(() => document.querySelector('h1') !== null && document.querySelector('.animate-spin') === null, undefined, { timeout: 4_000, polling: 50 })
    .then(() => true)
    .catch(() => false);
}
