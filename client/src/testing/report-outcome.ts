// How a drill's report becomes a Test Explorer result. No vscode import, so it is unit-tested
// directly: pass → passed; fail → failed with expected/actual per failed step; inconclusive and
// not judged → errored with the reason (never green: nothing proved the output continued);
// cancelled → skipped.
import type { RecoveryReport } from '../../../core/recovery/index.js';
import { formatReport } from '../../../core/recovery/index.js';

export interface OutcomeMessage {
  message: string;
  expected?: string;
  actual?: string;
}

export type TestOutcome =
  | { kind: 'passed'; durationMs: number }
  | { kind: 'failed' | 'errored'; durationMs: number; messages: OutcomeMessage[] }
  | { kind: 'skipped' };

export function outcomeOf(report: RecoveryReport): TestOutcome {
  if (report.cancelled) return { kind: 'skipped' };
  if (report.verdict === 'pass') return { kind: 'passed', durationMs: report.durationMs };
  const decisiveStatus = report.verdict === 'fail' ? 'failed' : report.verdict === 'inconclusive' ? 'inconclusive' : 'not-judged';
  const decisive = report.steps.filter((s) => s.status === decisiveStatus);
  const messages = decisive.map((s) => ({
    message: `${report.verdict === 'not-judged' ? 'Restored, output not judged: ' : ''}${s.round !== undefined ? `kill ${s.round}: ` : ''}${s.title}${s.message ? ` — ${s.message}` : ''}`,
    ...(s.expected !== undefined && { expected: s.expected }),
    ...(s.seen !== undefined && { actual: s.seen }),
  }));
  return {
    kind: report.verdict === 'fail' ? 'failed' : 'errored',
    durationMs: report.durationMs,
    messages: messages.length > 0 ? messages : [{ message: report.summary }],
  };
}

/** The test output: the report, with the CRLF line ends the test output terminal needs. */
export function outputOf(report: RecoveryReport): string {
  return toTerminal(formatReport(report));
}

export function toTerminal(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}
