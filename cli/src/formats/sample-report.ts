// A hand-made report shared by the format tests, so each format is checked without the analyzer.
import type { Finding, JobSummary, Range, Severity } from '../../../core/analysis/types.js';
import type { CheckReport } from './report.js';

export const CWD = '/work/project';

const range = (line: number, character: number, endLine: number, endCharacter: number): Range => ({
  start: { line, character },
  end: { line: endLine, character: endCharacter },
});

function finding(ruleId: string, severity: Severity, message: string, at: Range, related: Finding['related'] = []): Finding {
  return { ruleId, ruleName: ruleId.toLowerCase(), severity, message, range: at, related, suggestions: [], docsUrl: `https://docs/${ruleId}.md` };
}

function job(line: number, guarantee: JobSummary['guarantee'], reason: string): JobSummary {
  return { executeRange: range(line, 4, line, 20), guarantee, reason, title: `Flink: ${guarantee} — ${reason}` };
}

export function sampleReport(): CheckReport {
  return {
    cwd: CWD,
    toolVersion: '9.8.7',
    rules: [
      { id: 'FLINK001', name: 'checkpointing-disabled', type: 'problem', defaultSeverity: 'warning', description: 'Checkpointing is never enabled.', docsUrl: 'https://docs/FLINK001.md' },
      { id: 'FLINK003', name: 'sink-guarantee-mismatch', type: 'problem', defaultSeverity: 'error', description: 'A sink is weaker than the job promises.', docsUrl: 'https://docs/FLINK003.md' },
    ],
    files: [
      { path: `${CWD}/clean/Clean.java`, findings: [], jobs: [] },
      {
        path: `${CWD}/src/Job.java`,
        // Deliberately out of order: every format sorts by line, then column.
        findings: [
          finding('FLINK003', 'error', 'print() is at-least-once:\nrecords are duplicated after a restart.', range(11, 8, 11, 21), [
            { range: range(4, 4, 4, 30), message: 'exactly-once mode set here' },
          ]),
          finding('FLINK001', 'warning', 'Checkpointing is never enabled: state is lost on failure.', range(2, 36, 2, 70)),
          finding('FLINK002', 'info', 'A hint.', range(2, 10, 2, 12)),
        ],
        jobs: [job(20, 'none', 'checkpointing off')],
      },
      { path: '/elsewhere/Other Job.java', findings: [finding('FLINK001', 'hint', 'Outside.', range(0, 0, 0, 5))], jobs: [] },
    ],
  };
}
