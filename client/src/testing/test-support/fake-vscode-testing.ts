// Just enough of the `vscode` module for the recovery tests' glue: the Testing API (controller,
// items, runs recording what they were told), ranges, progress, trust. Installed with
// `vi.mock('vscode', () => import('./test-support/fake-vscode-testing.js'))`.
import { pathToFileURL, fileURLToPath } from 'node:url';

export class Uri {
  private constructor(private readonly url: URL) {}
  static file(path: string): Uri {
    return new Uri(pathToFileURL(path));
  }
  get fsPath(): string {
    return fileURLToPath(this.url);
  }
  toString(): string {
    return this.url.href;
  }
}

export class Position {
  constructor(readonly line: number, readonly character: number) {}
}

export class Range {
  constructor(readonly start: Position, readonly end: Position) {}
}

export class Location {
  constructor(readonly uri: Uri, readonly range: Range) {}
}

export class TestMessage {
  location?: Location;
  expectedOutput?: string;
  actualOutput?: string;
  constructor(readonly message: string) {}
  static diff(message: string, expected: string, actual: string): TestMessage {
    const m = new TestMessage(message);
    m.expectedOutput = expected;
    m.actualOutput = actual;
    return m;
  }
}

type Listener<T> = (value: T) => void;

export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>): { dispose(): void } => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(value: T): void {
    for (const l of [...this.listeners]) l(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class CancellationTokenSource {
  private readonly emitter = new EventEmitter<void>();
  readonly token = { isCancellationRequested: false, onCancellationRequested: this.emitter.event };
  cancel(): void {
    this.token.isCancellationRequested = true;
    this.emitter.fire();
  }
  dispose(): void {}
}

export class TestItemCollection {
  private readonly map = new Map<string, TestItem>();
  get size(): number {
    return this.map.size;
  }
  replace(items: readonly TestItem[]): void {
    this.map.clear();
    for (const i of items) this.map.set(i.id, i);
  }
  add(item: TestItem): void {
    this.map.set(item.id, item);
  }
  get(id: string): TestItem | undefined {
    return this.map.get(id);
  }
  forEach(fn: (item: TestItem) => void): void {
    this.map.forEach((item) => fn(item));
  }
}

export class TestItem {
  readonly children = new TestItemCollection();
  range?: Range;
  description?: string;
  constructor(readonly id: string, readonly label: string, readonly uri?: Uri) {}
}

export type RunEvent =
  | { kind: 'enqueued' | 'started' | 'skipped'; id: string }
  | { kind: 'passed'; id: string; duration?: number }
  | { kind: 'failed' | 'errored'; id: string; messages: TestMessage[]; duration?: number }
  | { kind: 'output'; id?: string; text: string; location?: Location };

export class TestRun {
  readonly events: RunEvent[] = [];
  private readonly cts = new CancellationTokenSource();
  readonly token = this.cts.token;
  ended = false;
  enqueued(item: TestItem): void {
    this.events.push({ kind: 'enqueued', id: item.id });
  }
  started(item: TestItem): void {
    this.events.push({ kind: 'started', id: item.id });
  }
  skipped(item: TestItem): void {
    this.events.push({ kind: 'skipped', id: item.id });
  }
  passed(item: TestItem, duration?: number): void {
    this.events.push({ kind: 'passed', id: item.id, duration });
  }
  failed(item: TestItem, message: TestMessage | TestMessage[], duration?: number): void {
    this.events.push({ kind: 'failed', id: item.id, messages: [message].flat(), duration });
  }
  errored(item: TestItem, message: TestMessage | TestMessage[], duration?: number): void {
    this.events.push({ kind: 'errored', id: item.id, messages: [message].flat(), duration });
  }
  appendOutput(text: string, location?: Location, item?: TestItem): void {
    this.events.push({ kind: 'output', id: item?.id, text, location });
  }
  /** The Stop button of the Test Results view. */
  cancelFromUi(): void {
    this.cts.cancel();
  }
  end(): void {
    this.ended = true;
  }
}

export class TestRunRequest {
  constructor(readonly include?: readonly TestItem[], readonly exclude?: readonly TestItem[], readonly profile?: unknown) {}
}

export const TestRunProfileKind = { Run: 1, Debug: 2, Coverage: 3 } as const;

export class TestController {
  readonly items = new TestItemCollection();
  readonly runs: TestRun[] = [];
  resolveHandler?: (item: TestItem | undefined) => Promise<void> | void;
  refreshHandler?: () => Promise<void> | void;
  constructor(readonly id: string, readonly label: string) {}
  createTestItem(id: string, label: string, uri?: Uri): TestItem {
    return new TestItem(id, label, uri);
  }
  createRunProfile(label: string, kind: number, runHandler: unknown, isDefault?: boolean): { label: string; kind: number; runHandler: unknown; isDefault?: boolean } {
    return { label, kind, runHandler, isDefault };
  }
  createTestRun(_request: TestRunRequest): TestRun {
    const run = new TestRun();
    this.runs.push(run);
    return run;
  }
  dispose(): void {}
}

export const tests = {
  controllers: [] as TestController[],
  createTestController(id: string, label: string): TestController {
    const c = new TestController(id, label);
    tests.controllers.push(c);
    return c;
  },
};

export class CodeLens {
  constructor(readonly range: Range, readonly command?: { title: string; command: string; arguments?: unknown[] }) {}
}

export const workspace = {
  isTrusted: true,
  onDidSaveTextDocument: () => ({ dispose() {} }),
  onDidGrantWorkspaceTrust: () => ({ dispose() {} }),
};

export const ProgressLocation = { Window: 10, Notification: 15 } as const;

export const window = {
  progress: [] as string[],
  async withProgress<T>(_options: unknown, task: (progress: { report(value: { message?: string }): void }) => Promise<T>): Promise<T> {
    return task({ report: (v) => void (v.message && window.progress.push(v.message)) });
  },
  async showQuickPick(): Promise<undefined> {
    return undefined;
  },
  async showWarningMessage(): Promise<undefined> {
    return undefined;
  },
};

export const commands = {
  registered: new Map<string, (...args: unknown[]) => unknown>(),
  registerCommand(id: string, fn: (...args: unknown[]) => unknown): { dispose(): void } {
    commands.registered.set(id, fn);
    return { dispose: () => commands.registered.delete(id) };
  },
};

export const languages = {
  registerCodeLensProvider: () => ({ dispose() {} }),
};
