// Publishes findings as LSP diagnostics. Analysis runs as soon as the server is idle, edits that
// arrive meanwhile join the queued run, and a result is dropped if the document changed while its
// settings were fetched.
import {
  DiagnosticSeverity,
  type Diagnostic,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver/node';
import type { AnalysisResult, Finding, Severity } from '../../core/analysis/index.js';
import type { AnalysisCache } from './analysis-cache.js';
import type { DocumentStore } from './documents.js';
import { DIAGNOSTIC_SOURCE } from './protocol.js';
import type { SettingsStore } from './settings.js';

export interface DiagnosticsPublisherOptions {
  documents: DocumentStore;
  settings: SettingsStore;
  cache: AnalysisCache;
  publish(params: PublishDiagnosticsParams): void;
}

export class DiagnosticsPublisher {
  /** The analysis queued per document; at most one, it reads the newest version when it runs. */
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Number of the latest run per document; an older run that finishes late publishes nothing. */
  private readonly runs = new Map<string, number>();
  private nextRun = 0;

  constructor(private readonly options: DiagnosticsPublisherOptions) {}

  /**
   * Analyses a document as soon as the server is idle, with no fixed delay: analysis takes a few
   * milliseconds, so waiting would only add latency. Edits that arrive before the queued run
   * starts (a burst read in one go, or typed while a long analysis ran) join that run, which is
   * the back-pressure a debounce would give, without its cost on every keystroke.
   */
  schedule(uri: string): void {
    if (this.timers.has(uri)) return;
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.publishNow(uri);
      }, 0),
    );
  }

  scheduleAll(): void {
    for (const uri of this.options.documents.uris()) this.schedule(uri);
  }

  /** Stops pending work for a closed (or dropped) document and clears its diagnostics. */
  clear(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.runs.delete(uri);
    this.options.publish({ uri, diagnostics: [] });
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
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
