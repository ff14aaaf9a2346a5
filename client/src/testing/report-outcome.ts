// How a drill's report becomes a Test Explorer result. No vscode import, so it is unit-tested
// directly: pass → passed; fail → failed with expected/actual per failed step; inconclusive and
// not judged → errored with the reason (never green: nothing proved the output continued);
// cancelled → skipped. A failure on the output also shows what was judged (the seen values), what
// Flink restored (checkpoint id and state size: evidence the drill did restore), and the static
// findings that predicted it, each at its line in the source.
import type { RecoveryReport, StepResult } from '../../../core/recovery/index.js';
import { formatReport } from '../../../core/recovery/index.js';

export interface OutcomeMessage {
  message: string;
  expected?: string;
  actual?: string;
  /** Where the message points instead of the job's execute call: a finding's line (file relative to the project, or absolute). */
  at?: { file: string; line: number };
}

export type TestOutcome =
  | { kind: 'passed'; durationMs: number }
  | { kind: 'failed' | 'errored'; durationMs: number; messages: OutcomeMessage[] }
  | { kind: 'skipped' };

/** Steps that judge the job's output: their failure is about state or position, not the cluster. */
const OUTPUT_STEPS = new Set(['output-continued', 'sequence-intact']);

export function outcomeOf(report: RecoveryReport): TestOutcome {
  if (report.cancelled) return { kind: 'skipped' };
  if (report.verdict === 'pass') return { kind: 'passed', durationMs: report.durationMs };
  const decisiveStatus = report.verdict === 'fail' ? 'failed' : report.verdict === 'inconclusive' ? 'inconclusive' : 'not-judged';
  const decisive = report.steps.filter((s) => s.status === decisiveStatus);
  const messages: OutcomeMessage[] = decisive.map((s) => ({
    message: `${report.verdict === 'not-judged' ? 'Restored, output not judged: ' : ''}${where(s)}${s.title}${detailOf(s)}`,
    ...(s.expected !== undefined && { expected: s.expected }),
    ...(s.seen !== undefined && { actual: s.seen }),
  }));
  messages.push(...restoreEvidence(report.steps, decisive));
  for (const f of report.findings ?? []) {
    messages.push({ message: `Static analysis predicted it: ${f.ruleId} ${f.ruleName}: ${f.message}`, at: { file: f.file, line: f.line } });
  }
  return {
    kind: report.verdict === 'fail' ? 'failed' : 'errored',
    durationMs: report.durationMs,
    messages: messages.length > 0 ? messages : [{ message: report.summary }],
  };
}

function where(s: StepResult): string {
  return s.round !== undefined ? `kill ${s.round}: ` : '';
}

/** " — what was judged. What it means." for a failed output step, " — the hint" otherwise. */
function detailOf(s: StepResult): string {
  const judged = s.status === 'failed' && OUTPUT_STEPS.has(s.id) && s.seen ? `${s.seen}. ` : '';
  const text = `${judged}${s.message ?? ''}`.trim();
  return text ? ` — ${text}` : '';
}

/** What Flink restored in the rounds whose output failed or went unjudged: the restore happened, the output says what survived it. */
function restoreEvidence(steps: readonly StepResult[], decisive: readonly StepResult[]): OutcomeMessage[] {
  const rounds = new Set(decisive.filter((s) => OUTPUT_STEPS.has(s.id)).map((s) => s.round));
  return steps
    .filter((s) => s.id === 'restored-from-checkpoint' && s.status === 'passed' && rounds.has(s.round) && s.seen)
    .map((s) => ({ message: `Evidence, ${where(s)}${s.title}: ${s.seen}` }));
}

/** The test output: the report, with the CRLF line ends the test output terminal needs. */
export function outputOf(report: RecoveryReport): string {
  return toTerminal(formatReport(report));
}

export function toTerminal(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}
