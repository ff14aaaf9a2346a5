// One kill round of the drill: its named steps in order, each a small unit that records itself with
// Flink's evidence (round/*.ts), all waiting through the Wait strategies. The fault is pluggable
// (faults/fault.ts); the steps after it check recovery the same way whatever the fault was.
import type { RoundTimeline } from './recovery-report.js';
import { failureObservedStep } from './round/failure-observed.js';
import { idsInFlightStep } from './round/ids-in-flight.js';
import { injectFaultStep } from './round/inject-fault.js';
import { newCheckpointStep } from './round/new-checkpoint.js';
import { outputJudgedStep } from './round/output-judged.js';
import { pickTargetStep } from './round/pick-target.js';
import { restoredStep } from './round/restored.js';
import type { RoundContext, RoundState, RoundStep } from './round/round-context.js';
import { runningAgainStep } from './round/running-again.js';
import { buildTimeline } from './timeline.js';

export type { RoundContext } from './round/round-context.js';

/** Pick target, (end-to-end check: ids in flight), inject the fault, failure observed, running again, restored, new checkpoint, output judged. */
export const ROUND_STEPS: readonly RoundStep[] = [
  pickTargetStep,
  idsInFlightStep,
  injectFaultStep,
  failureObservedStep,
  runningAgainStep,
  restoredStep,
  newCheckpointStep,
  outputJudgedStep,
];

export interface RoundOutcome {
  /** False when a step failed or was inconclusive: no further rounds. */
  ok: boolean;
  timeline?: RoundTimeline;
}

export async function runKillRound(ctx: RoundContext, round: number): Promise<RoundOutcome> {
  const state: RoundState = { round, restoredOk: false };
  let completed = true;
  for (const step of ROUND_STEPS) {
    if (!(await step(ctx, state))) {
      completed = false;
      break;
    }
  }
  if (!state.moments) return { ok: false };
  const replacement = await state.injected?.replacement;
  if (replacement) state.moments.replacementTaskManager = replacement;
  return { ok: completed && (state.restoredOk || state.rodeThrough !== undefined) && !ctx.log.failed, timeline: buildTimeline(state.moments) };
}
