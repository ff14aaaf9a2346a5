// The Test Explorer: its rows (label, state from the accessible name), expanding an item, running a
// test from its inline Run action, and waiting for its result.
import type { Locator, Page } from 'playwright-core';
import { escapeRegExp } from './tree-view.js';
import { waitFor } from './wait-for.js';

export interface TestRow {
  level: number;
  label: string;
  /** From the row's accessible name: `Not yet run`, `Passed`, `Failed`, `Errored`, `Skipped`, … */
  state: string;
}

export async function showTestExplorer(page: Page, runCommand: (title: string) => Promise<void>): Promise<void> {
  await runCommand('Testing: Focus on Test Explorer View');
  await page.locator('.test-explorer').waitFor();
}

export async function testRows(page: Page): Promise<TestRow[]> {
  return page.locator('.test-explorer .monaco-list-row').evaluateAll((rows) =>
    rows.map((row) => {
      const label = row.querySelector('.label');
      // The label's own text, without the description span VS Code appends inside it.
      const own = label ? [...label.childNodes].filter((node) => node.nodeType === 3).map((node) => node.textContent ?? '').join('') : '';
      const name = row.getAttribute('aria-label') ?? '';
      return { level: Number(row.getAttribute('aria-level')), label: own.trim(), state: /\(([^()]+)\)(?:, in [\d.]+m?s)?$/.exec(name)?.[1] ?? '' };
    }),
  );
}

function row(page: Page, label: string, level: number): Locator {
  return page
    .locator(`.test-explorer .monaco-list-row[aria-level="${level}"]`)
    .filter({ has: page.locator('.label', { hasText: new RegExp(`^${escapeRegExp(label)}`) }) })
    .first();
}

export async function expandTestItem(page: Page, label: string): Promise<void> {
  const item = row(page, label, 1);
  await item.waitFor({ timeout: 60_000 });
  if ((await item.getAttribute('aria-expanded')) !== 'true') await item.locator('.monaco-tl-twistie').click();
  await waitFor(`test item ${label} to expand`, async () => (await item.getAttribute('aria-expanded')) === 'true');
}

/** Clicks Run on a child test (not run before) of an expanded item and waits for its result. */
export async function runTest(page: Page, label: string, timeoutMs: number): Promise<TestRow> {
  const test = row(page, label, 2);
  await test.hover();
  await test.locator('.action-label[aria-label="Run Test"]').click();
  return waitFor(
    `test ${label} to finish`,
    async () => {
      if ((await test.locator('.computed-state.codicon-loading').count()) > 0) throw new Error('running');
      const found = (await testRows(page)).find((candidate) => candidate.level === 2 && candidate.label === label);
      if (!found || found.state === 'Not yet run' || found.state === 'Queued' || found.state === 'Running') throw new Error(`state ${JSON.stringify(found?.state)}`);
      return found;
    },
    { timeoutMs, intervalMs: 1_000 },
  );
}
