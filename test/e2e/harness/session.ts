// One UI session: a scratch copy of examples/ (or another folder), code-server with the packaged
// extension, and a Chromium page on its workbench. A scenario file starts one in beforeAll and stops it in afterAll.
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { CodeServer } from './code-server.js';
import { vsixPath } from './paths.js';
import { Workbench } from './workbench.js';
import { copyWorkspace, type Workspace } from './workspace.js';

export interface SessionOptions {
  /** Names logs and screenshots. */
  name: string;
  /** false opens the folder in Restricted Mode (workspace trust on, folder not trusted). */
  trusted: boolean;
  /** Extra user settings. */
  settings?: Record<string, unknown>;
  /** The folder the session opens a scratch copy of (default examples/). */
  folder?: string;
  /** Runs on the scratch copy before VS Code opens it (e.g. build a jar). */
  prepare?: (folder: string) => void | Promise<void>;
}

export interface Session {
  readonly workspace: Workspace;
  readonly page: Page;
  readonly workbench: Workbench;
  /** The tail of the extension host's logs, for a failure's report. */
  extensionHostLogTail(): string;
  stop(): Promise<void>;
}

/** Settings that keep a fresh VS Code quiet and deterministic: no welcome page, tips, prompts or AI panes. */
const quietSettings: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'files.autoSave': 'off',
  // One Explorer row per folder, so opening a file is one click per path segment.
  'explorer.compactFolders': false,
  'security.workspace.trust.startupPrompt': 'never',
};

export async function startSession(options: SessionOptions): Promise<Session> {
  const workspace = copyWorkspace(options.folder);
  const cleanups: (() => Promise<void> | void)[] = [() => workspace.dispose()];
  const stop = async (): Promise<void> => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    await options.prepare?.(workspace.folder);
    const server = await CodeServer.start({
      name: options.name,
      folder: workspace.folder,
      vsix: vsixPath,
      settings: {
        ...quietSettings,
        // Trust off means every folder is trusted; trust on with no trusted folder is Restricted Mode.
        'security.workspace.trust.enabled': !options.trusted,
        ...options.settings,
      },
    });
    cleanups.push(() => server.stop());
    const browser: Browser = await launchChromium();
    cleanups.push(() => browser.close());
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const workbench = new Workbench(page, options.name);
    await workbench.open(server.url);
    return { workspace, page, workbench, extensionHostLogTail: () => server.extensionHostLogTail(), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
