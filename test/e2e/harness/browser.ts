// Debian's Chromium driven by playwright-core: no Playwright browser download, ever.
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from './paths.js';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
