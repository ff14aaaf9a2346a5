// The verdict follows from the steps: any failed step fails the drill (the first one is cited),
// else any inconclusive step makes it inconclusive, else any step that could not be judged makes it
// "not judged", else it passes. Skipped steps never decide. The summary claims only what passed.
import type { RecoveryReport, StepId, StepResult } from './recovery-report.js';

/** What a passed step proves, in words that fit "the job …". */
const CLAIMS: Partial<Record<StepId, string>> = {
  'running-again': 'ran again with all tasks',
  'restored-from-checkpoint': 'restored a checkpoint taken before the kill',
  'new-checkpoint': 'completed a new checkpoint',
  'output-continued': 'continued its output instead of starting over',
  'sequence-intact': 'printed no gap or duplicate per key',
  'ids-delivered': 'delivered every input id to the output topic as its sink promises',
};

export function decideVerdict(steps: readonly StepResult[]): Pick<RecoveryReport, 'verdict' | 'summary' | 'decisiveStep'> {
  const failed = steps.find((s) => s.status === 'failed');
  const inconclusive = steps.find((s) => s.status === 'inconclusive');
  const notJudged = steps.find((s) => s.status === 'not-judged');
  const rounds = Math.max(0, ...steps.map((s) => s.round ?? 0));
  const crashes = faultsNamed(steps, rounds);
  const decisive = failed ?? inconclusive ?? notJudged;
  if (!decisive) return { verdict: 'pass', summary: `The job recovered from ${crashes}: it ${listOf(verified(steps))}.` };
  const where = `${decisive.round !== undefined ? `kill ${decisive.round}: ` : ''}${decisive.title}`;
  // What was seen, then what it means: "started over: … . The job started over: its source …".
  const detail = decisive.message
    ? `${decisive.status === 'failed' && (decisive.id === 'output-continued' || decisive.id === 'ids-delivered') && decisive.seen ? `${decisive.seen.replace(/\.$/, '')}. ` : ''}${decisive.message}`
    : [decisive.expected && `expected ${decisive.expected}`, decisive.seen && `saw ${decisive.seen}`].filter(Boolean).join('; ');
  const summary = failed || inconclusive
    ? `${failed ? 'Failed' : 'Inconclusive'} at "${where}"${detail ? `: ${detail}` : ''}`
    : `Restored, output not judged: after ${crashes} the job ${listOf(verified(steps))}; its output was not judged (${decisive.seen ?? 'not examined'}), so the drill does not claim it continued. ${decisive.message ?? ''}`.trim();
  return {
    verdict: failed ? 'fail' : inconclusive ? 'inconclusive' : 'not-judged',
    summary,
    decisiveStep: {
      id: decisive.id,
      ...(decisive.round !== undefined && { round: decisive.round }),
      title: decisive.title,
      ...(decisive.expected !== undefined && { expected: decisive.expected }),
      ...(decisive.seen !== undefined && { seen: decisive.seen }),
    },
  };
}

/** The claims whose step passed in every round it ran in (and was never skipped). */
function verified(steps: readonly StepResult[]): string[] {
  return Object.entries(CLAIMS)
    .filter(([id]) => {
      const runs = steps.filter((s) => s.id === id);
      return runs.length > 0 && runs.every((s) => s.status === 'passed');
    })
    .map(([, claim]) => claim!);
}

/** "a TaskManager crash" for kills; the faults' own titles for the others (pause, partition, netem). */
function faultsNamed(steps: readonly StepResult[], rounds: number): string {
  const titles = [...new Set(steps.filter((s) => s.id === 'killed').map((s) => s.title))];
  if (titles.every((t) => t === 'TaskManager killed (SIGKILL)')) return rounds === 1 ? 'a TaskManager crash' : `${rounds} TaskManager crashes`;
  return rounds === 1 ? `the fault "${titles[0]}"` : `${rounds} faults (${titles.join('; ')})`;
}

function listOf(items: readonly string[]): string {
  if (items.length === 0) return 'showed nothing verifiable';
  return items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
