// How a drill's report becomes a Test Explorer result. No vscode import, so it is unit-tested
// directly: pass → passed; fail → failed with expected/actual per failed step; inconclusive or
// cancelled → errored / skipped with the reason.
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
  const decisive = report.verdict === 'fail' ? report.steps.filter((s) => s.status === 'failed') : report.steps.filter((s) => s.status === 'inconclusive');
  const messages = decisive.map((s) => ({
    message: `${s.round !== undefined ? `kill ${s.round}: ` : ''}${s.title}${s.message ? ` — ${s.message}` : ''}`,
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
