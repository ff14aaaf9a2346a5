// DiagnosticsPublisher in-process with fake timers: when it analyses, what it coalesces, and that
// a result computed for an older version is never published. No real time passes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import type { AnalysisResult, Analyzer, ContentChange, ParsedDocument } from '../../core/analysis/index.js';
import { AnalysisCache } from './analysis-cache.js';
import { BURST_GAP_MS, BURST_MAX_WAIT_MS, DiagnosticsPublisher } from './diagnostics.js';
import { DocumentStore } from './documents.js';
import { LogOnce } from './log-once.js';
import { SettingsStore } from './settings.js';

const uri = 'file:///A.java';

/** A document whose text is the last change; the fake analyzer reports one finding per "!" in it. */
class FakeDocument implements ParsedDocument {
  readonly languageId = 'java';
  constructor(
    readonly uri: string,
    public text: string,
    public version: number,
  ) {}
  update(changes: ContentChange[], version: number): void {
    this.text = changes.at(-1)?.text ?? this.text;
    this.version = version;
  }
  dispose(): void {}
}

function findingsFor(text: string): AnalysisResult {
  const findings = [...text].flatMap((char, index) =>
    char === '!'
      ? [{ ruleId: 'FLINK001', ruleName: 'r', severity: 'warning' as const, message: 'm', range: { start: { line: 0, character: index }, end: { line: 0, character: index + 1 } }, related: [], suggestions: [], docsUrl: 'https://d/FLINK001.md' }]
      : [],
  );
  return { findings, jobs: [], hovers: [], ruleErrors: [] };
}

let analyses = 0;
const analyzer: Analyzer = {
  rules: [],
  grammarFailures: [],
  languageForPath: () => 'java',
  open: (docUri, _language, text, version = 0) => new FakeDocument(docUri, text, version),
  analyze: (doc) => (analyses++, findingsFor(doc.text)),
  analyzeText: (_language, text) => findingsFor(text),
};

let published: PublishDiagnosticsParams[];
let documents: DocumentStore;
let publisher: DiagnosticsPublisher;
/** Settings answers are held until released, to make the window for stale results explicit. */
let pendingSettings: (() => void)[];

beforeEach(() => {
  vi.useFakeTimers();
  analyses = 0;
  published = [];
  pendingSettings = [];
  const log = new LogOnce(() => undefined);
  documents = new DocumentStore(analyzer, log);
  const settings = new SettingsStore(() => new Promise((resolve) => pendingSettings.push(() => resolve({}))), log);
  publisher = new DiagnosticsPublisher({ documents, settings, cache: new AnalysisCache(analyzer, log), publish: (params) => published.push(params) });
});
afterEach(() => {
  publisher.dispose();
  vi.useRealTimers();
});

function open(text: string): void {
  documents.open({ textDocument: { uri, languageId: 'java', version: 1, text } });
  publisher.schedule(uri);
}

/** Time between two keystrokes of a fast typist: far above BURST_GAP_MS. */
const KEYSTROKE_MS = 50;

/** Lets a typist's pause pass without running anything queued later than that. */
async function pause(): Promise<void> {
  await vi.advanceTimersByTimeAsync(KEYSTROKE_MS);
}

function edit(text: string, version: number): void {
  documents.change({ textDocument: { uri, version }, contentChanges: [{ text }] });
  publisher.schedule(uri);
}

async function releaseSettings(): Promise<void> {
  for (const release of pendingSettings.splice(0)) release();
  await vi.advanceTimersByTimeAsync(0);
}

describe('DiagnosticsPublisher', () => {
  it('analyses each edit at once, with no fixed delay', async () => {
    open('a!');
    await vi.advanceTimersByTimeAsync(0);
    await releaseSettings();
    expect(published.map(({ version, diagnostics }) => ({ version, count: diagnostics.length }))).toEqual([{ version: 1, count: 1 }]);

    await pause();
    edit('a!!', 2);
    await vi.advanceTimersByTimeAsync(0);
    await pause();
    edit('a!!!', 3);
    await vi.advanceTimersByTimeAsync(0);
    expect(published.map(({ version, diagnostics }) => ({ version, count: diagnostics.length }))).toEqual([
      { version: 1, count: 1 },
      { version: 2, count: 2 },
      { version: 3, count: 3 },
    ]);
  });

  it('coalesces edits that arrive before the queued analysis runs into one analysis of the newest version', async () => {
    open('');
    await vi.advanceTimersByTimeAsync(0);
    await releaseSettings();
    published.length = 0;
    analyses = 0;
    for (let version = 2; version <= 6; version++) edit('!'.repeat(version), version);
    expect(published).toEqual([]);
    // Edits this close together are a burst: the run waits for them to pause.
    await vi.advanceTimersByTimeAsync(BURST_GAP_MS);
    expect(published.map(({ version, diagnostics }) => ({ version, count: diagnostics.length }))).toEqual([{ version: 6, count: 6 }]);
    expect(analyses).toBe(1);
  });

  it('analyses a stream of machine-speed edits now and then, not between every two, and ends on the newest', async () => {
    open('');
    await vi.advanceTimersByTimeAsync(0);
    await releaseSettings();
    published.length = 0;
    analyses = 0;
    const edits = 2_000;
    for (let version = 2; version < edits + 2; version++) {
      edit('!'.repeat(version % 50), version);
      await vi.advanceTimersByTimeAsync(1); // one message per event-loop turn, as the JSON-RPC reader hands them over
      await releaseSettings();
    }
    await vi.advanceTimersByTimeAsync(BURST_GAP_MS);
    await releaseSettings();
    // About one analysis per BURST_MAX_WAIT_MS of the stream, and one after it.
    expect(analyses).toBeLessThanOrEqual(Math.ceil(edits / BURST_MAX_WAIT_MS) + 2);
    expect(published.at(-1)?.version).toBe(edits + 1);
  });

  it('drops a result whose document changed while its settings were being fetched', async () => {
    open('!');
    await vi.advanceTimersByTimeAsync(0); // run for version 1 starts and waits for settings
    await pause();
    edit('!!', 2);
    await vi.advanceTimersByTimeAsync(0); // run for version 2 starts and waits too
    await releaseSettings();
    expect(published.map(({ version, diagnostics }) => ({ version, count: diagnostics.length }))).toEqual([{ version: 2, count: 2 }]);
  });

  it('clears diagnostics on close and cancels the pending run', async () => {
    open('!');
    publisher.clear(uri);
    documents.close(uri);
    await vi.advanceTimersByTimeAsync(100);
    await releaseSettings();
    expect(published).toEqual([{ uri, diagnostics: [] }]);
  });
});
