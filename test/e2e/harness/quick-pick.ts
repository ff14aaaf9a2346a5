// Commands that ask with quick picks: run the command from the palette, then answer each pick by
// typing a filter and choosing the row it focuses.
import type { Page } from 'playwright-core';
import { waitFor } from './wait-for.js';

const widget = '.quick-input-widget:not(.quick-input-widget-closing)';

/**
 * Runs a palette command that opens a quick pick, and waits for that pick: its title, and (for picks
 * without a title) a row containing `expectRow`.
 */
export async function runCommandToPick(page: Page, command: string, pickTitle: string, expectRow?: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator(`${widget} input`);
  await input.waitFor();
  await input.fill(`>${command}`);
  await waitFor(`palette entry ${command} to be selected`, async () => (await page.locator(`${widget} .quick-input-list .monaco-list-row.focused`).first().innerText()).includes(command));
  await page.keyboard.press('Enter');
  await waitForPick(page, pickTitle, expectRow);
}

/** Waits until the open quick pick has this title and lists rows (one containing `expectRow`, if given). */
export async function waitForPick(page: Page, title: string, expectRow?: string, timeoutMs = 60_000): Promise<void> {
  await waitFor(
    `the quick pick "${title}"${expectRow ? ` listing ${expectRow}` : ''}`,
    async () => {
      const shown = (await page.locator(`${widget} .quick-input-title`).innerText({ timeout: 1_000 })).trim();
      if (shown !== title) throw new Error(`title ${JSON.stringify(shown)}`);
      const rows = await page.locator(`${widget} .quick-input-list .monaco-list-row`).allInnerTexts();
      if (expectRow && !rows.some((row) => row.includes(expectRow))) throw new Error(`rows ${JSON.stringify(rows)}`);
      return rows.length > 0;
    },
    { timeoutMs },
  );
}

/** The rows of the open quick pick as `label | description | detail` (empty parts kept). */
export async function pickRows(page: Page): Promise<string[]> {
  return page.locator(`${widget} .quick-input-list .monaco-list-row`).evaluateAll((rows) =>
    rows.map((row) =>
      [
        row.querySelector('.quick-input-list-label .label-name'),
        row.querySelector('.quick-input-list-label .label-description'),
        row.querySelector('.quick-input-list-label-meta .label-name'),
      ]
        // List rows are recycled: a part the current item does not use is hidden but keeps old text.
        .map((part) => (part && (part as unknown as { offsetParent: unknown }).offsetParent !== null ? (part.textContent ?? '') : '').replace(/\s+/g, ' ').trim())
        .join(' | '),
    ),
  );
}

/** Types `filter` and accepts the focused row once its text contains `expect`. */
export async function pick(page: Page, filter: string, expect = filter): Promise<void> {
  await page.locator(`${widget} input`).fill(filter);
  await waitFor(`quick pick row ${expect} to be focused`, async () => (await page.locator(`${widget} .quick-input-list .monaco-list-row.focused`).first().innerText({ timeout: 1_000 })).includes(expect));
  await page.keyboard.press('Enter');
}
