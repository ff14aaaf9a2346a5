// The latest AnalysisResult per document, so hover, CodeLens and code actions reuse what the
// diagnostics pass computed instead of analysing again. Analysis never throws out of here.
import type { AnalysisResult, AnalysisSettings, Analyzer, ParsedDocument } from '../../core/analysis/index.js';
import { describeError, errorKey, type LogOnce } from './log-once.js';

interface Entry {
  version: number;
  settings: AnalysisSettings;
  result: AnalysisResult;
}

const emptyResult: AnalysisResult = { findings: [], jobs: [], hovers: [], ruleErrors: [] };

export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly analyzer: Analyzer,
    private readonly log: LogOnce,
    /** Analyses through the workspace index when given (other files, config files, Flink version). */
    private readonly analyzeWith?: (document: ParsedDocument, settings: AnalysisSettings) => AnalysisResult,
  ) {}

  /** The result for the document's current version under these settings, analysing if needed. */
  resultFor(document: ParsedDocument, settings: AnalysisSettings): AnalysisResult {
    const cached = this.entries.get(document.uri);
    // Settings objects are cached per URI, so identity tells whether they changed.
    if (cached && cached.version === document.version && cached.settings === settings) return cached.result;
    const result = this.analyze(document, settings);
    this.entries.set(document.uri, { version: document.version, settings, result });
    return result;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  private analyze(document: ParsedDocument, settings: AnalysisSettings): AnalysisResult {
    let result: AnalysisResult;
    try {
      result = this.analyzeWith ? this.analyzeWith(document, settings) : this.analyzer.analyze(document, settings);
    } catch (error) {
      this.log.error(`analyze:${errorKey(error)}`, `Analysis of ${document.uri} failed: ${describeError(error)}`);
      return emptyResult;
    }
    for (const { ruleId, error } of result.ruleErrors) {
      this.log.error(`rule:${ruleId}`, `Rule ${ruleId} failed and was skipped (logged once): ${describeError(error)}`);
    }
    return result;
  }
}
