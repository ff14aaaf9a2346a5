// Workbench layout for readable screenshots: the side bar is narrow by default and cuts tree
// descriptions short. Drag its sash like a user would.
import type { Page } from 'playwright-core';
import { waitFor } from './wait-for.js';

export async function setSideBarWidth(page: Page, width: number): Promise<void> {
  const sideBar = page.locator('.part.sidebar');
  const box = await sideBar.boundingBox();
  if (!box) throw new Error('no side bar');
  // The sash straddles the side bar's right edge.
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width + 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 8 });
  await page.mouse.up();
  await waitFor(`the side bar to be ${width}px wide`, async () => {
    const now = (await sideBar.boundingBox())?.width ?? 0;
    if (Math.abs(now - width) > 24) throw new Error(`width ${now}`);
    return true;
  });
}
