// What a user does in the VS Code workbench, through the page's DOM: open a file from the Explorer,
// read the Problems panel, hover, apply a quick fix, read CodeLenses, run a command, take a
// screenshot. Every step waits on what the user would see next; nothing sleeps a fixed time.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { docsImagesDir, resultsDir } from './paths.js';
import { waitFor } from './wait-for.js';

/** One problem in the Problems panel, with the related-information rows VS Code nests under it. */
export interface Problem {
  /** The row's accessible label as VS Code announces it (`Warning: message at line …`). */
  label: string;
  /** The row's visible text: message, source, code and `[Ln x, Col y]`. */
  text: string;
  /** Visible text of each related-information row: `File.java [Ln x, Col y] : message`. */
  related: string[];
}

export class Workbench {
  constructor(
    readonly page: Page,
    private readonly name: string,
  ) {}

  /** Prefixes this session's files in test-results/e2e/. */
  get sessionName(): string {
    return this.name;
  }

  /** Loads the workbench and waits until the Explorer lists the opened folder's contents. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
    // A single-folder workspace has no row for the folder itself: its children are at level 1.
    await this.page.locator('.explorer-folders-view .monaco-list-row[aria-level="1"]').first().waitFor({ timeout: 120_000 });
  }

  /** Opens a file by clicking its way down the Explorer; `path` is relative to the workspace folder. */
  async openFile(path: string): Promise<Locator> {
    await this.runCommand('View: Show Explorer');
    const segments = path.split('/');
    const fileName = segments[segments.length - 1];
    for (const [index, folder] of segments.slice(0, -1).entries()) {
      const row = this.explorerRow(folder, index + 1);
      await row.waitFor();
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
      await waitFor(`Explorer folder ${folder} to expand`, async () => (await row.getAttribute('aria-expanded')) === 'true');
    }
    await this.explorerRow(fileName, segments.length).click();
    const tab = this.page.locator(`.tabs-container .tab.active[data-resource-name="${fileName}"]`);
    await tab.waitFor();
    const editor = this.activeEditor();
    await editor.locator('.view-lines .view-line').first().waitFor();
    return editor;
  }

  activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** Opens the Problems panel and returns its rows once `ready` accepts them. */
  async problems(ready: (problems: Problem[]) => boolean, what = 'the expected problems'): Promise<Problem[]> {
    await this.runCommand('View: Focus Problems');
    const rows = this.page.locator('.markers-panel .monaco-list-row');
    return waitFor(`Problems panel to show ${what}`, async () => {
      const found: Problem[] = [];
      for (const row of await rows.all()) {
        // File rows group the markers and carry no position. A marker's label starts with its
        // severity; the rows after it without one are its related information.
        const text = (await row.innerText()).replace(/\s+/g, ' ').trim();
        if (!/\[Ln \d+, Col \d+\]/.test(text)) continue;
        const label = (await row.getAttribute('aria-label')) ?? '';
        if (/^(Error|Warning|Info|Hint)\b/.test(label)) found.push({ label, text, related: [] });
        else found[found.length - 1]?.related.push(text);
      }
      // Thrown, not returned: a timeout then reports the rows last seen.
      if (!ready(found)) throw new Error(`rows: ${JSON.stringify(found.map((problem) => problem.text))}`);
      return found;
    }, { timeoutMs: 60_000 });
  }

  /** Moves the cursor to a 1-based line and column with Go to Line. */
  async goTo(line: number, column: number): Promise<void> {
    await this.activeEditor().click({ position: { x: 200, y: 5 } });
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await waitFor(`cursor at Ln ${line}, Col ${column}`, async () => {
      const status = await this.page.locator('.statusbar-item[id="status.editor.selection"]').innerText();
      return status.includes(`Ln ${line}, Col ${column}`);
    });
  }

  /** Hovers the mouse over the first token with exactly this text and returns the hover's text. */
  async hover(token: string, expect: (text: string) => boolean): Promise<string> {
    const target = this.activeEditor().locator('.view-lines span > span').getByText(token, { exact: true }).first();
    const widget = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-resizable-hover .monaco-hover-content').first();
    return waitFor(`hover over ${token}`, async () => {
      // Moving away and back re-triggers the hover if an earlier attempt was dismissed.
      await this.page.mouse.move(0, 0);
      await target.hover();
      await widget.waitFor({ timeout: 5_000 });
      const text = await widget.innerText();
      if (!expect(text)) throw new Error(`hover: ${JSON.stringify(text)}`);
      return text;
    }, { timeoutMs: 60_000 });
  }

  /** Waits for the light bulb at the cursor, clicks it and returns the titles of the offered actions. */
  async openQuickFixMenu(): Promise<string[]> {
    const bulb = this.page.locator('.lightBulbWidget');
    await bulb.waitFor({ timeout: 30_000 });
    await bulb.click();
    const items = this.page.locator('.action-widget .monaco-list-row.action');
    await items.first().waitFor();
    return (await items.allInnerTexts()).map((text) => text.trim());
  }

  /** Picks an action from the open quick-fix menu. */
  async chooseQuickFix(title: string): Promise<void> {
    const items = this.page.locator('.action-widget .monaco-list-row.action');
    await items.filter({ hasText: title }).click();
    await items.first().waitFor({ state: 'hidden' });
  }

  /**
   * Titles of the CodeLenses in the active editor, once `ready` accepts them. VS Code renders lenses
   * only for visible lines: `reveal` (1-based) moves the cursor to the line the lens belongs to.
   */
  async codeLenses(reveal: number, ready: (titles: string[]) => boolean): Promise<string[]> {
    await this.goTo(reveal, 1);
    // One decoration per line holds that line's lenses, separated by ` | `: read each lens.
    const lenses = this.activeEditor().locator('.codelens-decoration > span, .codelens-decoration > a');
    return waitFor('CodeLenses', async () => {
      const titles = (await lenses.allInnerTexts()).map((text) => text.trim()).filter(Boolean);
      if (!ready(titles)) throw new Error(`lenses: ${JSON.stringify(titles)}`);
      return titles;
    }, { timeoutMs: 60_000 });
  }

  /** Runs a command by its palette title (e.g. `Flink: Restart Language Server`). */
  async runCommand(title: string): Promise<void> {
    // The palette can be dismissed right after it opens (focus taken by a webview), or show its
    // list before the command registry is complete: open it again, up to three times.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.pickFromPalette(title);
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        await this.page.keyboard.press('Escape');
      }
    }
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Opens the palette, types `title` and waits until its entry is the selected row. */
  private async pickFromPalette(title: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    await this.openPalette(input);
    await input.fill(`>${title}`, { timeout: 5_000 });
    const rows = this.page.locator('.quick-input-list .monaco-list-row');
    try {
      await rows.filter({ hasText: title }).first().waitFor({ timeout: 20_000 });
    } catch (error) {
      // Say what the palette showed instead: a missing command (extension not active) reads differently from a slow list.
      const shown = (await rows.allInnerTexts().catch(() => [])).map((text) => text.replace(/\s+/g, ' ').trim()).slice(0, 8);
      throw new Error(`the command palette has no entry "${title}" after typing ${JSON.stringify(await input.inputValue().catch(() => '?'))}; it showed ${JSON.stringify(shown)}`, { cause: error });
    }
    await waitFor(`palette entry ${title} to be selected`, async () => (await this.page.locator('.quick-input-list .monaco-list-row.focused').first().innerText()).includes(title));
  }

  /**
   * Opens the command palette. A webview (the walkthrough, the checkpoint chart) can hold the
   * keyboard focus and swallow Ctrl+Shift+P, so after a short wait it opens the palette from the
   * title bar's command center instead, which works whatever has the focus.
   */
  private async openPalette(input: Locator): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      await this.page.keyboard.press('Control+Shift+P');
      if (await this.becomesVisible(input)) return;
      const center = this.page.locator('.command-center .command-center-center').first();
      if ((await center.count()) > 0) {
        await center.click();
        if (await this.becomesVisible(input)) return;
      }
      await this.page.keyboard.press('Escape');
    }
    await input.waitFor({ state: 'visible' });
  }

  private async becomesVisible(locator: Locator, timeout = 5_000): Promise<boolean> {
    try {
      await locator.waitFor({ state: 'visible', timeout });
      return true;
    } catch {
      return false;
    }
  }

  /**
   * The Output panel's selected channel and its text, once `ready` accepts them. A command that
   * shows a channel can leave the panel closed when the workbench is busy (seen under load in CI),
   * so a panel that has not appeared after a while is opened through the palette; the selected
   * channel stays the one the command chose.
   */
  async output(ready: (channel: string, text: string) => boolean, { timeoutMs = 120_000 }: { timeoutMs?: number } = {}): Promise<{ channel: string; text: string }> {
    const panel = this.page.locator('.part.panel');
    const select = panel.locator('select.monaco-select-box').first();
    if (!(await this.becomesVisible(select, 20_000))) await this.runCommand('Output: Focus on Output View');
    return waitFor('the Output panel', async () => {
      const channel = await select.evaluate((element: { selectedOptions: ArrayLike<{ text: string }> }) => element.selectedOptions[0]?.text ?? '', undefined, { timeout: 5_000 });
      const text = await panel.locator('.monaco-editor .view-lines').first().innerText({ timeout: 5_000 });
      if (!ready(channel, text)) throw new Error(`channel ${JSON.stringify(channel)}`);
      return { channel, text };
    }, { timeoutMs });
  }

  /** Closes the bottom panel if it is open ("View: Hide Panel" has no palette entry when it is not). */
  async hidePanel(): Promise<void> {
    if (!(await this.page.locator('.part.panel').isVisible())) return;
    await this.runCommand('View: Hide Panel');
    await this.page.locator('.part.panel').waitFor({ state: 'hidden' });
  }

  /** Saves the active editor and waits until its tab no longer shows unsaved changes. */
  async save(): Promise<void> {
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });
  }

  /** Screenshot into test-results/e2e/; `docs: true` also refreshes docs/images/ when asked to (FLINKFT_UPDATE_DOCS_IMAGES=1). */
  async screenshot(name: string, { docs = false }: { docs?: boolean } = {}): Promise<string> {
    mkdirSync(resultsDir, { recursive: true });
    const file = join(resultsDir, `${this.name}-${name}.png`);
    await this.page.screenshot({ path: file });
    if (docs && process.env.FLINKFT_UPDATE_DOCS_IMAGES === '1') {
      mkdirSync(docsImagesDir, { recursive: true });
      copyFileSync(file, join(docsImagesDir, `${name}.png`));
    }
    return file;
  }

  /** A row by name and depth (1 = top level), so `java/src/main/java` finds each `java` where it is. */
  private explorerRow(name: string, level: number): Locator {
    return this.page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"][aria-level="${level}"]`);
  }
}
