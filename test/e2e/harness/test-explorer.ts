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

/** A test row under its job item, with its place in the list and its state icon (codicon-testing-…-icon). */
export interface ChildTestRow extends TestRow {
  index: number;
  icon: string;
}

/**
 * The tests under a job item, read in list order: the list is virtual and reuses its row elements,
 * so DOM order is not display order (data-index is). Child labels repeat across jobs
 * ("recovers from TaskManager loss" under each), so a test is named by its job.
 */
export async function testsOf(page: Page, job: string): Promise<ChildTestRow[]> {
  const rows = await page.locator('.test-explorer .monaco-list-row').evaluateAll((elements) =>
    elements
      .map((row) => {
        const label = row.querySelector('.label');
        const own = label ? [...label.childNodes].filter((node) => node.nodeType === 3).map((node) => node.textContent ?? '').join('') : '';
        const name = row.getAttribute('aria-label') ?? '';
        const icon = [...(row.querySelector('.computed-state')?.classList ?? [])].find((c) => /^codicon-testing-/.test(c)) ?? '';
        return { index: Number(row.getAttribute('data-index')), level: Number(row.getAttribute('aria-level')), label: own.trim(), state: /\(([^()]+)\)(?:, in [\d.]+m?s)?$/.exec(name)?.[1] ?? '', icon };
      })
      .sort((a, b) => a.index - b.index),
  );
  const at = rows.findIndex((r) => r.level === 1 && r.label === job);
  if (at < 0) return [];
  const end = rows.findIndex((r, i) => i > at && r.level === 1);
  return rows.slice(at + 1, end < 0 ? undefined : end).filter((r) => r.level === 2);
}

/**
 * Clicks Run on the test `label` under job item `job` (expanded, not run before: a drill can finish
 * between two polls, so "not run yet" is what tells the old result from the new) and waits for its result.
 */
export async function runTestOf(page: Page, job: string, label: string, timeoutMs: number): Promise<ChildTestRow> {
  const find = async (): Promise<ChildTestRow | undefined> => (await testsOf(page, job)).find((r) => r.label === label);
  const before = await waitFor(`test ${label} under ${job}`, find);
  if (before.state !== 'Not yet run') throw new Error(`test ${label} under ${job} has run before (${before.state})`);
  const test = page.locator(`.test-explorer .monaco-list-row[data-index="${before.index}"]`);
  await test.hover();
  await test.locator('.action-label[aria-label="Run Test"]').click();
  return waitFor(
    `test ${label} under ${job} to finish`,
    async () => {
      const found = await find();
      if (!found || ['Not yet run', 'Queued', 'Running'].includes(found.state)) throw new Error(`state ${JSON.stringify(found?.state)}`);
      return found;
    },
    { timeoutMs, intervalMs: 2_000 },
  );
}

/**
 * The messages of one test result in the Test Results view: the message row starting with `start`
 * (the latest run's, once it shows) and its siblings, the other messages of the same test result.
 * Rows of earlier runs stay in the view; siblings keep them out.
 */
export async function testResultMessages(page: Page, runCommand: (title: string) => Promise<void>, start: string): Promise<string[]> {
  await runCommand('Test Results: Focus on Test Results View');
  return waitFor(`Test Results to show a message starting ${JSON.stringify(start)}`, async () => {
    const rows = await page.locator('.part.panel .test-output-peek-tree .monaco-list-row').evaluateAll((elements) =>
      elements
        .map((row) => ({ index: Number(row.getAttribute('data-index')), level: Number(row.getAttribute('aria-level')), text: ((row as unknown as { innerText: string }).innerText).replace(/\s+/g, ' ').trim() }))
        .sort((a, b) => a.index - b.index),
    );
    const at = rows.findIndex((r) => r.text.startsWith(start));
    if (at < 0) throw new Error(`rows ${JSON.stringify(rows.map((r) => `${r.level} ${r.text}`))}`);
    const level = rows[at]!.level;
    let first = at;
    while (first > 0 && rows[first - 1]!.level === level) first--;
    let last = at;
    while (last < rows.length - 1 && rows[last + 1]!.level === level) last++;
    return rows.slice(first, last + 1).map((r) => r.text);
  }, { timeoutMs: 60_000 });
}
