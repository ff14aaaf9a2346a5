import { relative, sep } from 'node:path';
import type { Severity } from '../../../core/analysis/types.js';
import { escapeControlCharacters } from './escape-control-characters.js';
import { sortFindings, sortJobs, type CheckReport } from './report.js';

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
const PLURALS: Record<Severity, string> = { error: 'errors', warning: 'warnings', info: 'infos', hint: 'hints' };

/**
 * Human output in the manner of ESLint's "stylish": a header per file with something to say,
 * aligned `line:col  severity  message  rule` rows, the guarantee of each job in the file, and a
 * closing count. Paths are shown relative to the working folder when they are inside it.
 */
export function formatText(report: CheckReport): string {
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const file of report.files) {
    if (file.findings.length === 0 && file.jobs.length === 0 && !file.notAnalysed) continue;
    const rows = sortFindings(file.findings).map((f) => {
      counts[f.severity]++;
      return [`${f.range.start.line + 1}:${f.range.start.character + 1}`, f.severity, oneLine(f.message), f.ruleId] as const;
    });
    const locWidth = Math.max(0, ...rows.map((r) => r[0].length));
    const sevWidth = Math.max(0, ...rows.map((r) => r[1].length));
    out.push(escapeControlCharacters(displayPath(report.cwd, file.path)));
    if (file.notAnalysed) out.push(`  not analysed: ${oneLine(file.notAnalysed.reason)}`);
    for (const [loc, severity, message, rule] of rows) {
      out.push(`  ${loc.padStart(locWidth)}  ${severity.padEnd(sevWidth)}  ${message}  ${rule}`);
    }
    for (const job of sortJobs(file.jobs)) {
      out.push(`  job at line ${job.executeRange.start.line + 1}: ${job.guarantee} — ${oneLine(job.reason)}`);
    }
    out.push('');
  }
  const notAnalysed = report.files.filter((f) => f.notAnalysed).length;
  out.push(summary(counts, report.files.length - notAnalysed, notAnalysed));
  return `${out.join('\n')}\n`;
}

function summary(counts: Record<Severity, number>, fileCount: number, notAnalysed: number): string {
  const total = SEVERITY_ORDER.reduce((sum, s) => sum + counts[s], 0);
  const files = `${fileCount} ${fileCount === 1 ? 'file' : 'files'} checked`;
  // Never a tick for a run that left files out: the count comes first so it cannot be missed.
  const missing = notAnalysed === 0 ? '' : `✖ ${notAnalysed} ${notAnalysed === 1 ? 'file' : 'files'} not analysed; `;
  if (total === 0) return missing === '' ? `✔ No problems (${files})` : `${missing}no problems in ${files}`;
  if (missing !== '') return `${missing}${problems(counts, total)} in ${files}`;
  return `✖ ${problems(counts, total)} in ${files}`;
}

function problems(counts: Record<Severity, number>, total: number): string {
  // Errors and warnings always show (they decide the exit code); info and hints only when present.
  const parts = SEVERITY_ORDER.filter((s) => s === 'error' || s === 'warning' || counts[s] > 0).map(
    (s) => `${counts[s]} ${counts[s] === 1 ? s : PLURALS[s]}`,
  );
  return `${total} ${total === 1 ? 'problem' : 'problems'} (${parts.join(', ')})`;
}

function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' || rel.startsWith(`..${sep}`) || rel === '..' ? path : rel;
}

/** One line, and no raw control characters (a file name or quoted code must not drive the terminal). */
function oneLine(text: string): string {
  return escapeControlCharacters(text.replace(/\s*\n\s*/g, ' '));
}
