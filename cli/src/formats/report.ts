import type { Finding, JobSummary, Severity } from '../../../core/analysis/types.js';

/** What a format needs to know about a rule; the analyzer's `RuleMeta` fits it. */
export interface ReportRule {
  id: string;
  name: string;
  type: 'problem' | 'suggestion';
  defaultSeverity: Severity;
  description: string;
  docsUrl: string;
}

export interface FileReport {
  /** Absolute path. */
  path: string;
  findings: Finding[];
  jobs: JobSummary[];
  /**
   * Set when the file was not (fully) analysed: `skipped` (too large, not text, not a regular file)
   * or `failed` (unreadable, the front end or a rule threw). Either makes the run incomplete: a
   * file nobody looked at must never count as clean.
   */
  notAnalysed?: NotAnalysed;
}

export interface NotAnalysed {
  kind: 'skipped' | 'failed';
  /** For people, e.g. `too large (2.0 MiB, limit 1.0 MiB)`. */
  reason: string;
}

/** Everything one `flink-ft check` run found, the input of every output format. */
export interface CheckReport {
  /** The working folder; text output shows paths relative to it and SARIF uses it as SRCROOT. */
  cwd: string;
  toolVersion: string;
  rules: readonly ReportRule[];
  /** Every checked file, sorted by path, including files without findings. */
  files: FileReport[];
}

export type Formatter = (report: CheckReport) => string;

/** Findings in reading order; ties keep the analyzer's order (Array.prototype.sort is stable). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
}

export function sortJobs(jobs: readonly JobSummary[]): JobSummary[] {
  return [...jobs].sort(
    (a, b) => a.executeRange.start.line - b.executeRange.start.line || a.executeRange.start.character - b.executeRange.start.character,
  );
}

export function notAnalysedFiles(report: CheckReport): (FileReport & { notAnalysed: NotAnalysed })[] {
  return report.files.filter((f): f is FileReport & { notAnalysed: NotAnalysed } => f.notAnalysed !== undefined);
}

/** Warnings and errors fail a run; info and hints are advice. */
export function isFailing(severity: Severity): boolean {
  return severity === 'error' || severity === 'warning';
}
