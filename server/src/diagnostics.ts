// Publishes findings as LSP diagnostics. Analysis runs as soon as the server is idle, edits that
// arrive meanwhile join the queued run (a burst of them pushes it back until they pause), and a
// result is dropped if the document changed while its settings were fetched.
import {
  DiagnosticSeverity,
  type Diagnostic,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import type { AnalysisResult, Finding, Severity } from '../../core/analysis/index.js';
import type { AnalysisCache } from './analysis-cache.js';
import type { DocumentStore } from './documents.js';
import { DIAGNOSTIC_SOURCE } from '../../core/protocol/index.js';
import type { SettingsStore } from './settings.js';

export interface DiagnosticsPublisherOptions {
  documents: DocumentStore;
  settings: SettingsStore;
  cache: AnalysisCache;
  publish(params: PublishDiagnosticsParams): void;
  /** Milliseconds; Date.now by default (tests' fake timers move it). */
  now?: () => number;
}

/**
 * Edits closer together than this come from a machine or a backlog (nobody types at 250 keys a
 * second): while they keep coming, the queued analysis waits for a pause instead of running
 * between every two of them.
 */
export const BURST_GAP_MS = 4;
/** ...but never longer than this, so a stream of edits still gets diagnostics now and then. */
export const BURST_MAX_WAIT_MS = 200;

export class DiagnosticsPublisher {
  /** The analysis queued per document; at most one, it reads the newest version when it runs. */
  private readonly queued = new Map<string, NodeJS.Timeout>();
  /** When the last edit of each document was scheduled, to tell a burst from typing. */
  private readonly lastScheduled = new Map<string, number>();
  /** When the oldest edit that no run has started for yet arrived (bounds a burst's wait). */
  private readonly waitingSince = new Map<string, number>();
  /** Number of the latest run per document; an older run that finishes late publishes nothing. */
  private readonly runs = new Map<string, number>();
  private nextRun = 0;

  constructor(private readonly options: DiagnosticsPublisherOptions) {}

  /**
   * Analyses a document as soon as the server is idle, with no fixed delay: analysis takes a few
   * milliseconds, so waiting would only add latency. Edits that arrive before the queued run
   * starts join that run. The JSON-RPC reader hands queued messages over one event-loop turn at a
   * time, so a backlog of edits would still get an analysis between every two (2,000 rapid edits
   * once queued 1,300 analyses): edits arriving within {@link BURST_GAP_MS} of each other push the
   * run back until they pause, for at most {@link BURST_MAX_WAIT_MS}.
   */
  schedule(uri: string): void {
    const now = this.now();
    const previous = this.lastScheduled.get(uri);
    this.lastScheduled.set(uri, now);
    if (!this.waitingSince.has(uri)) this.waitingSince.set(uri, now);
    const queued = this.queued.get(uri);
    const burst = previous !== undefined && now - previous < BURST_GAP_MS;
    if (!burst) {
      if (!queued) this.queue(uri, 0);
      return;
    }
    clearTimeout(queued);
    const waited = now - this.waitingSince.get(uri)!;
    this.queue(uri, waited >= BURST_MAX_WAIT_MS ? 0 : BURST_GAP_MS);
  }

  private queue(uri: string, delayMs: number): void {
    const timer = setTimeout(() => {
      this.queued.delete(uri);
      this.waitingSince.delete(uri);
      void this.publishNow(uri);
    }, delayMs);
    this.queued.set(uri, timer);
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  scheduleAll(): void {
    for (const uri of this.options.documents.uris()) this.schedule(uri);
  }

  /** Stops pending work for a closed (or dropped) document and clears its diagnostics. */
  clear(uri: string): void {
    clearTimeout(this.queued.get(uri));
    this.queued.delete(uri);
    this.lastScheduled.delete(uri);
    this.waitingSince.delete(uri);
    this.runs.delete(uri);
    this.options.publish({ uri, diagnostics: [] });
  }

  dispose(): void {
    for (const timer of this.queued.values()) clearTimeout(timer);
    this.queued.clear();
  }

  private async publishNow(uri: string): Promise<void> {
    const { documents, settings, cache, publish } = this.options;
    const document = documents.get(uri);
    if (!document) return;
    const run = ++this.nextRun;
    this.runs.set(uri, run);
    const version = document.version;
    const documentSettings = await settings.get(uri);
    // While settings were fetched the document may have been edited or closed, or the settings
    // changed (a newer run is under way then); publishing now would show stale results.
    if (this.runs.get(uri) !== run || documents.get(uri) !== document || document.version !== version) return;
    this.runs.delete(uri);
    const result = cache.resultFor(document, documentSettings);
    publish({ uri, version, diagnostics: diagnosticsFor(result, uri) });
  }
}

/** The findings, plus one diagnostic saying so when part of the analysis failed: no silent green. */
export function diagnosticsFor(result: AnalysisResult, uri: string): Diagnostic[] {
  const diagnostics = result.findings.map((finding) => toDiagnostic(finding, uri));
  if (result.ruleErrors.length > 0) {
    const failed = result.ruleErrors.map(({ ruleId, error }) => `${ruleId} (${error.message})`).join(', ');
    diagnostics.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Warning,
      code: ANALYSIS_INCOMPLETE_CODE,
      source: DIAGNOSTIC_SOURCE,
      message: `Flink analysis of this file is incomplete: ${failed} failed, so problems may be missing. Please report this.`,
    });
  }
  return diagnostics;
}

/** A document the server does not analyse (too large), told once on open instead of looking clean. */
export function notAnalysedDiagnostic(reason: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: ANALYSIS_INCOMPLETE_CODE,
    source: DIAGNOSTIC_SOURCE,
    message: `Flink analysis skipped this file: ${reason}.`,
  };
}

export const ANALYSIS_INCOMPLETE_CODE = 'not-analysed';

export function toDiagnostic(finding: Finding, uri: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: toLspSeverity(finding.severity),
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (finding.related.length > 0) {
    // A related location may be in another file (a custom source class declared elsewhere).
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri: r.uri ?? uri, range: r.range }, message: r.message }));
  }
  return diagnostic;
}

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspSeverity(severity: Severity): DiagnosticSeverity {
  return severities[severity];
}
