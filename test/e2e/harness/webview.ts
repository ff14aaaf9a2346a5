// A webview panel's document. VS Code nests it twice: the editor's `iframe.webview` hosts an
// `#active-frame` with the extension's HTML.
import type { FrameLocator, Page } from 'playwright-core';

/** The content of the webview in the active editor group (open it first and wait for its tab). */
export function activeWebview(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
}
