// Commands that ask with an input box (showInputBox): wait for its title, type the answer, accept.
import type { Page } from 'playwright-core';
import { waitFor } from './wait-for.js';

const widget = '.quick-input-widget:not(.quick-input-widget-closing)';

/** Waits for the input box titled `title`, replaces its value with `answer` and presses Enter. */
export async function answerInputBox(page: Page, title: string, answer: string, timeoutMs = 60_000): Promise<void> {
  await waitFor(
    `the input box "${title}"`,
    async () => {
      const shown = (await page.locator(`${widget} .quick-input-title`).innerText({ timeout: 1_000 })).trim();
      if (shown !== title) throw new Error(`title ${JSON.stringify(shown)}`);
      return true;
    },
    { timeoutMs },
  );
  const input = page.locator(`${widget} input`);
  await input.fill(answer);
  await page.keyboard.press('Enter');
  // A value the box rejects keeps it open with its message: the timeout then says so.
  // A closed widget stays in the DOM, hidden, with its last title: closed means hidden or retitled.
  await waitFor(`the input box "${title}" to accept "${answer}" and close`, async () => {
    const box = page.locator(widget).first();
    if (!(await box.isVisible())) return true;
    const shown = await box.locator('.quick-input-title').innerText({ timeout: 500 }).catch(() => '');
    return shown.trim() !== title;
  });
}
