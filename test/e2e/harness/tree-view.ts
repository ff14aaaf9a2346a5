// Rows of a tree view (the Flink view, the Test Explorer) as the user reads them: depth, label and
// description; and the inline actions a row offers. Tree views re-render rows on every refresh
// (the Flink view every 2 s), so a row is found afresh for each step and clicks are retried.
import type { Locator, Page } from 'playwright-core';
import { waitFor } from './wait-for.js';

export interface TreeRow {
  /** 1 = top level. */
  level: number;
  label: string;
  description: string;
  /** 'true' / 'false' for collapsible rows, '' otherwise. */
  expanded: string;
}

/** The list of a custom tree view by its accessible name (the view's title, e.g. `Local Cluster`). */
export function treeList(page: Page, viewName: string): Locator {
  return page.locator(`.monaco-list[aria-label="${viewName}"]`);
}

/** Every rendered row of a custom tree view. */
export async function treeRows(page: Page, viewName: string): Promise<TreeRow[]> {
  return treeList(page, viewName)
    .locator('.monaco-list-row')
    .evaluateAll((rows) =>
      rows.map((row) => ({
        level: Number(row.getAttribute('aria-level')),
        label: (row.querySelector('.label-name')?.textContent ?? '').trim(),
        description: (row.querySelector('.label-description')?.textContent ?? '').trim(),
        expanded: row.getAttribute('aria-expanded') ?? '',
      })),
    );
}

/** Waits until the rows satisfy `ready` (throwing or returning false means not yet) and returns them. */
export async function waitForTreeRows(page: Page, viewName: string, what: string, ready: (rows: TreeRow[]) => boolean, timeoutMs = 60_000): Promise<TreeRow[]> {
  return waitFor(
    `${viewName} to show ${what}`,
    async () => {
      const rows = await treeRows(page, viewName);
      if (!ready(rows)) throw new Error(`rows: ${JSON.stringify(rows.map((row) => `${'  '.repeat(row.level - 1)}${row.label} | ${row.description}`))}`);
      return rows;
    },
    { timeoutMs },
  );
}

/** The row whose label is exactly `label` (the first one, top to bottom). */
export function treeRow(page: Page, viewName: string, label: string): Locator {
  return treeList(page, viewName)
    .locator('.monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) })
    .first();
}

/**
 * Clicks an inline action (by its title) of the row labelled `label`. The row is selected first so
 * its actions stay visible across re-renders; a click that lands on a replaced row is retried.
 */
export async function clickTreeAction(page: Page, viewName: string, label: string, action: string): Promise<void> {
  await waitFor(
    `${action} on ${label} in ${viewName}`,
    async () => {
      const row = treeRow(page, viewName, label);
      if (!/\bselected\b/.test((await row.getAttribute('class', { timeout: 2_000 })) ?? '')) await row.locator('.label-name').click({ timeout: 2_000 });
      await row.locator(`.actions .action-label[aria-label="${action}"]`).click({ timeout: 2_000 });
      return true;
    },
    { timeoutMs: 30_000 },
  );
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Shows the Flink view (`View: Show Flink`). The palette lists that command only once the workbench
 * has read the extension's contributions, which is after the Explorer appears: wait for its icon.
 */
export async function showFlinkView(page: Page, runCommand: (title: string) => Promise<void>): Promise<void> {
  await waitForFlinkContributions(page);
  await runCommand('View: Show Flink');
  await page.locator('.part.sidebar [id="workbench.view.extension.flink"]').waitFor();
}

/**
 * The workbench reads the extension's contributions (commands, views) a moment after the Explorer
 * shows; until then the palette does not list `Flink: …` commands. The Flink activity-bar icon
 * appears with them.
 */
export async function waitForFlinkContributions(page: Page): Promise<void> {
  await page.locator('.activitybar .action-item .action-label[aria-label^="Flink"]').first().waitFor({ timeout: 120_000 });
}

/** Expands a collapsed row by its twistie. */
export async function clickTreeTwistie(page: Page, viewName: string, label: string): Promise<void> {
  await waitFor(`${label} to expand in ${viewName}`, async () => {
    const row = treeRow(page, viewName, label);
    if ((await row.getAttribute('aria-expanded', { timeout: 2_000 })) === 'true') return true;
    await row.locator('.monaco-tl-twistie').click({ timeout: 2_000 });
    return (await row.getAttribute('aria-expanded', { timeout: 2_000 })) === 'true';
  });
}
