// Notification toasts as the user reads them: message and buttons.
import type { Page } from 'playwright-core';
import { waitFor } from './wait-for.js';

export interface Notification {
  message: string;
  buttons: string[];
}

/** The visible toasts, newest last. */
export async function notifications(page: Page): Promise<Notification[]> {
  return page.locator('.notifications-toasts .notification-list-item').evaluateAll((items) =>
    items.map((item) => ({
      message: (item.querySelector('.notification-list-item-message')?.textContent ?? '').trim(),
      buttons: [...item.querySelectorAll('.notification-list-item-buttons-container .monaco-button')].map((button) => (button.textContent ?? '').trim()),
    })),
  );
}

/** Waits for a toast whose message `matches` and returns it. */
export async function waitForNotification(page: Page, what: string, matches: (message: string) => boolean, timeoutMs = 60_000): Promise<Notification> {
  return waitFor(
    `a notification ${what}`,
    async () => {
      const shown = await notifications(page);
      const found = shown.find((notification) => matches(notification.message));
      if (!found) throw new Error(`notifications: ${JSON.stringify(shown.map((notification) => notification.message))}`);
      return found;
    },
    { timeoutMs },
  );
}

/** Closes every toast (Notifications: Clear All), so later screenshots and waits see only new ones. */
export async function clearNotifications(page: Page): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill('>Notifications: Clear All Notifications');
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Clear All Notifications' }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await page.locator('.notifications-toasts .notification-list-item').first().waitFor({ state: 'detached' });
}
