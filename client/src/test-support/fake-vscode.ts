// Just enough of the `vscode` module for unit tests of the client's thin glue, installed with
// `vi.mock('vscode', () => import('./test-support/fake-vscode.js'))`. Calls are recorded in `calls`.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

export class Uri {
  private constructor(private readonly url: URL) {}
  static parse(value: string): Uri {
    return new Uri(new URL(value));
  }
  static file(path: string): Uri {
    return new Uri(pathToFileURL(path));
  }
  static joinPath(base: Uri, ...segments: string[]): Uri {
    return Uri.file(join(base.fsPath, ...segments));
  }
  get scheme(): string {
    return this.url.protocol.replace(/:$/, '');
  }
  get fsPath(): string {
    return fileURLToPath(this.url);
  }
  toString(): string {
    return this.url.href;
  }
}

interface ChangeEvent {
  affectsConfiguration(section: string): boolean;
}

/** Settings by scope URI (`''` for no scope), as `section.key` → value. */
export const settings = new Map<string, Record<string, unknown>>();
const configurationListeners: ((event: ChangeEvent) => void)[] = [];

export const calls = {
  openExternal: [] as string[],
  messages: [] as { level: 'info' | 'warning' | 'error'; text: string }[],
  quickPicks: [] as { items: unknown[]; options: unknown }[],
  registeredCommands: new Map<string, (...args: unknown[]) => unknown>(),
  /** `section.key` of every setting read. */
  settingsRead: new Set<string>(),
};
/** What the next `showQuickPick` resolves to: a function of the items offered. */
export const quickPick: { choose: (items: unknown[]) => unknown } = { choose: () => undefined };

export function reset(): void {
  settings.clear();
  configurationListeners.length = 0;
  calls.openExternal.length = 0;
  calls.settingsRead.clear();
  calls.messages.length = 0;
  calls.quickPicks.length = 0;
  calls.registeredCommands.clear();
  quickPick.choose = () => undefined;
}

/** Simulates the user changing settings in the given sections. */
export function fireConfigurationChange(...sections: string[]): void {
  const event = { affectsConfiguration: (section: string) => sections.some((changed) => changed === section || changed.startsWith(`${section}.`)) };
  for (const listener of configurationListeners) listener(event);
}

export const workspace = {
  getConfiguration(section: string, scope?: Uri) {
    const values = settings.get(scope?.toString() ?? '') ?? {};
    return {
      get<T>(key: string, defaultValue: T): T {
        const full = `${section}.${key}`;
        calls.settingsRead.add(full);
        return full in values ? (values[full] as T) : defaultValue;
      },
    };
  },
  onDidChangeConfiguration(listener: (event: ChangeEvent) => void) {
    configurationListeners.push(listener);
    return { dispose: () => configurationListeners.splice(configurationListeners.indexOf(listener), 1) };
  },
  createFileSystemWatcher(globPattern: string) {
    return { globPattern, dispose: () => undefined };
  },
};

export const env = {
  async openExternal(uri: Uri): Promise<boolean> {
    calls.openExternal.push(uri.toString());
    return true;
  },
};

export const window = {
  async showInformationMessage(text: string) {
    calls.messages.push({ level: 'info', text });
    return undefined;
  },
  async showWarningMessage(text: string) {
    calls.messages.push({ level: 'warning', text });
    return undefined;
  },
  async showErrorMessage(text: string) {
    calls.messages.push({ level: 'error', text });
    return undefined;
  },
  async showQuickPick(items: unknown[], options: unknown) {
    calls.quickPicks.push({ items, options });
    return quickPick.choose(items);
  },
};

export const commands = {
  registerCommand(id: string, callback: (...args: unknown[]) => unknown) {
    calls.registeredCommands.set(id, callback);
    return { dispose: () => calls.registeredCommands.delete(id) };
  },
};
