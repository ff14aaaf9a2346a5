// The scorer's text report: a table per rule, then what was not scored, missed, or reported wrongly.
import type { FalsePositive, Miss, RuleScore } from './match.js';

export interface NotScored {
  repository: string;
  project: string;
  why: string;
}

export interface CorpusReport {
  checkouts: string;
  /** The batch scored alone (--batch), or undefined for the whole corpus. */
  batch: string | undefined;
  projects: { scored: number; notScored: number };
  files: number;
  repositories: number;
  perRule: RuleScore[];
  overall: RuleScore;
  notScored: NotScored[];
  misses: (Miss & { repository: string })[];
  falsePositives: (FalsePositive & { repository: string })[];
}

function percent(value: number | null): string {
  return value === null ? '   n/a' : `${(value * 100).toFixed(1).padStart(5)}%`;
}

function row(score: RuleScore): string {
  return `${score.rule.padEnd(9)} ${String(score.truePositives).padStart(4)} ${String(score.falsePositives).padStart(4)} ${String(score.falseNegatives).padStart(4)}   ${percent(score.precision)}  ${percent(score.recall)}`;
}

export function formatReport(report: CorpusReport): string {
  const lines = [
    `Real-world corpus${report.batch === undefined ? '' : `, batch ${report.batch}`}: ${report.files} files from ${report.repositories} repositories, ${report.projects.scored} project folders scored (checkouts: ${report.checkouts})`,
    '',
    'rule        TP   FP   FN   precision  recall',
    ...report.perRule.map(row),
    row(report.overall),
  ];
  if (report.notScored.length > 0) {
    lines.push('', `NOT SCORED (${report.notScored.length} project folders; their labels are left out of every number above):`);
    for (const n of report.notScored) lines.push(`  ${n.repository} ${n.project}: ${n.why}`);
  }
  lines.push('', `Misses (${report.misses.length}):`);
  for (const m of report.misses) lines.push(`  ${m.rule} ${m.repository} ${m.file}:${m.line}  ${m.reason}`);
  lines.push('', `False positives (${report.falsePositives.length}):`);
  for (const f of report.falsePositives) lines.push(`  ${f.rule} ${f.repository} ${f.file}:${f.line}  ${f.message.replace(/\s+/g, ' ').slice(0, 160)}`);
  return `${lines.join('\n')}\n`;
}
