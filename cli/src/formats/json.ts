import type { GuaranteeOrUnknown, Severity } from '../../../core/analysis/types.js';
import { notAnalysedFiles, sortFindings, sortJobs, type CheckReport, type NotAnalysed } from './report.js';

/** The `--format json` document. Its shape is a public contract: bump `version` to change it. */
export interface JsonReport {
  version: 1;
  findings: {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    rule: string;
    severity: Severity;
    message: string;
  }[];
  jobs: { file: string; line: number; guarantee: GuaranteeOrUnknown }[];
  /** Files left out of the check, and why (added within version 1: readers that ignore it still work). */
  notAnalysed: ({ file: string } & NotAnalysed)[];
}

/** Builds the JSON document: 1-based lines and columns (end column exclusive), absolute paths. */
export function toJsonReport(report: CheckReport): JsonReport {
  const findings: JsonReport['findings'] = [];
  const jobs: JsonReport['jobs'] = [];
  for (const file of report.files) {
    for (const f of sortFindings(file.findings)) {
      findings.push({
        file: file.path,
        line: f.range.start.line + 1,
        column: f.range.start.character + 1,
        endLine: f.range.end.line + 1,
        endColumn: f.range.end.character + 1,
        rule: f.ruleId,
        severity: f.severity,
        message: f.message,
      });
    }
    for (const job of sortJobs(file.jobs)) {
      jobs.push({ file: file.path, line: job.executeRange.start.line + 1, guarantee: job.guarantee });
    }
  }
  const notAnalysed = notAnalysedFiles(report).map((f) => ({ file: f.path, kind: f.notAnalysed.kind, reason: f.notAnalysed.reason }));
  return { version: 1, findings, jobs, notAnalysed };
}

export function formatJson(report: CheckReport): string {
  return `${JSON.stringify(toJsonReport(report))}\n`;
}
