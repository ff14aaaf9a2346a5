// The verdict follows from the steps: any failed step fails the drill (the first one is cited),
// else any inconclusive step makes it inconclusive, else it passes. Skipped steps never decide.
import type { RecoveryReport, StepResult } from './recovery-report.js';

export function decideVerdict(steps: readonly StepResult[]): Pick<RecoveryReport, 'verdict' | 'summary' | 'decisiveStep'> {
  const failed = steps.find((s) => s.status === 'failed');
  const inconclusive = steps.find((s) => s.status === 'inconclusive');
  const decisive = failed ?? inconclusive;
  if (!decisive) {
    const rounds = Math.max(0, ...steps.map((s) => s.round ?? 0));
    return { verdict: 'pass', summary: `The job recovered from ${rounds === 1 ? 'a TaskManager crash' : `${rounds} TaskManager crashes`}: restored from a checkpoint and continued.` };
  }
  const where = `${decisive.round !== undefined ? `kill ${decisive.round}: ` : ''}${decisive.title}`;
  const detail = decisive.message ?? [decisive.expected && `expected ${decisive.expected}`, decisive.seen && `saw ${decisive.seen}`].filter(Boolean).join('; ');
  return {
    verdict: failed ? 'fail' : 'inconclusive',
    summary: `${failed ? 'Failed' : 'Inconclusive'} at "${where}"${detail ? `: ${detail}` : ''}`,
    decisiveStep: {
      id: decisive.id,
      ...(decisive.round !== undefined && { round: decisive.round }),
      title: decisive.title,
      ...(decisive.expected !== undefined && { expected: decisive.expected }),
      ...(decisive.seen !== undefined && { seen: decisive.seen }),
    },
  };
}
