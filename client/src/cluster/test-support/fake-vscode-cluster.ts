// The part of the `vscode` module ClusterManager uses, for unit tests without an editor:
// `vi.mock('vscode', () => import('./test-support/fake-vscode-cluster.js'))`.

export class EventEmitter<T> {
  private listeners: ((value: T) => void)[] = [];
  readonly event = (listener: (value: T) => void) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(value: T): void {
    for (const listener of this.listeners) listener(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export const ConfigurationTarget = { Global: 1, Workspace: 2, WorkspaceFolder: 3 } as const;

/** Flat `flinkFt.section.key` → value. */
export const settings = new Map<string, unknown>();

export const workspace = {
  isTrusted: true,
  workspaceFolders: undefined as { uri: { fsPath: string } }[] | undefined,
  getConfiguration(section: string) {
    return {
      get<T>(key: string, defaultValue: T): T {
        const full = `${section}.${key}`;
        return settings.has(full) ? (settings.get(full) as T) : defaultValue;
      },
      async update(key: string, value: unknown): Promise<void> {
        settings.set(`${section}.${key}`, value);
      },
    };
  },
};

export function reset(): void {
  settings.clear();
  workspace.isTrusted = true;
  workspace.workspaceFolders = undefined;
}
