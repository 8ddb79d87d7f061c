import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { startBuiltApp, type RunningApp } from './app.js';
import { launchBrowser, openPage, signIn, type OpenPage } from './browser.js';

let app: RunningApp;
let browser: import('playwright-core').Browser;

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

/** A GraphQL request with the context's session cookie (the item form comes with the next part of the plans work). */
async function gql<T>(context: BrowserContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await context.request.post(`${app.url}/graphql`, { data: { query, variables }, headers: { 'content-type': 'application/json' } });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

describe('an improvement plan', () => {
  it("shows Sumedang's demo plan read-only, and another editor's change of a target moves the projected index live", async () => {
    const staff = await signedIn('anggota.sumedang@demo.rembuk.id', { width: 360, height: 740 });
    const admin = await signedIn('sumedang@demo.rembuk.id', { width: 1280, height: 800 });
    type Listed = { plans: { edges: { node: { id: string; priorities: { toLevel: number; indicator: { id: string } }[] } }[] } };
    const { plans } = await gql<Listed>(staff.context, 'query { plans(first: 1, regionCode: "32.11") { edges { node { id priorities(first: 1) { toLevel indicator { id } } } } } }');
    const plan = plans.edges[0]!.node;
    await staff.page.goto(`${app.url}/rencana/${plan.id}`);
    await staff.page.getByTestId('plan-items').waitFor();
    expect(await staff.page.getByTestId('plan-item').count()).toBe(4);
    expect(await staff.page.getByTestId('plan-state').textContent()).toBe('Draf');
    const before = await staff.page.getByTestId('plan-projected-index').textContent();
    // The top priority raised by one level, by the other editor.
    const top = plan.priorities[0]!;
    await gql(admin.context, 'mutation($i: UpsertPlanItemInput!) { upsertPlanItem(input: $i) { id } }', { i: { planId: plan.id, indicatorId: top.indicator.id, targetLevel: top.toLevel } });
    await staff.page.waitForFunction((old) => document.querySelector('[data-testid="plan-projected-index"]')?.textContent !== old, before);
    expect(await staff.page.getByTestId('plan-live-region').textContent()).toContain('Rencana diperbarui oleh');
    expect(staff.errors).toEqual([]);
  });
});
