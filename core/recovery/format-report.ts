// The report as text: verdict first, then each step with its evidence line, then the timelines.
import type { EndToEndReport, RecoveryReport, StepStatus } from './recovery-report.js';
import { formatTimeline } from './timeline.js';

/** The one-character mark of a step's status, shared by the text report and the Test Explorer output. */
export const STEP_MARK: Record<StepStatus, string> = { passed: '✓', failed: '✗', skipped: '-', inconclusive: '?', 'not-judged': '~' };

export function formatReport(report: RecoveryReport): string {
  const lines = [`${report.verdict.toUpperCase().replace('-', ' ')}: ${report.summary}`];
  const job = report.job;
  lines.push(`job ${job.jobId ?? '(not submitted)'}${job.name ? ` '${job.name}'` : ''} from ${job.artifact}${job.entryClass ? ` (${job.entryClass})` : ''}${job.control ? ', negative control' : ''}`);
  lines.push('');
  for (const s of report.steps) {
    const where = s.round !== undefined ? `[kill ${s.round}] ` : '';
    lines.push(`${STEP_MARK[s.status]} ${where}${s.title}${s.seen ? `: ${s.seen}` : ''} (${(s.durationMs / 1000).toFixed(1)} s)`);
    if (s.status === 'failed' || s.status === 'inconclusive' || s.status === 'not-judged') {
      if (s.expected) lines.push(`    expected: ${s.expected}`);
      if (s.message) lines.push(`    ${s.message}`);
    }
  }
  for (const f of report.findings ?? []) lines.push(`  explained by ${f.ruleId} ${f.ruleName} at ${f.file}:${f.line}: ${f.message}`);
  if (report.endToEnd) lines.push('', ...formatEndToEnd(report.endToEnd));
  for (const t of report.timelines) lines.push('', formatTimeline(t));
  lines.push('', `drill took ${(report.durationMs / 1000).toFixed(1)} s (set-up ${(report.phases.setupMs / 1000).toFixed(1)} s of which TaskManager check ${((report.phases.taskManagersMs ?? 0) / 1000).toFixed(1)} s, clean-up ${(report.phases.cleanupMs / 1000).toFixed(1)} s)`);
  return `${lines.join('\n')}\n`;
}

/** The end-to-end check's counts and example ids. */
export function formatEndToEnd(e: EndToEndReport): string[] {
  const examples = (ids: readonly string[]): string => (ids.length > 0 ? ` (e.g. ${ids.join(', ')})` : '');
  return [
    `end to end (${e.guarantee}, ${e.outputTopic} read with ${e.isolation}${e.inputTopic ? ` against the ids written to ${e.inputTopic}` : ''}): ${e.verdict.toUpperCase()}`,
    `  ids expected ${e.expected}, records read ${e.read}, distinct ids ${e.distinct}`,
    `  missing ${e.missing.count}${examples(e.missing.examples)}, duplicated ${e.duplicates.count} (${e.duplicates.extraRecords} extra records)${examples(e.duplicates.examples)}${e.unexpected.count > 0 ? `, other records ${e.unexpected.count}${examples(e.unexpected.examples)}` : ''}`,
    `  checked in ${(e.checkMs / 1000).toFixed(1)} s (${e.reads} read(s) of the topic)`,
  ];
}
