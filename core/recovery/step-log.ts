import type { StepId, StepResult, StepStatus } from './recovery-report.js';

export const STEP_TITLES: Record<StepId, string> = {
  submitted: 'job built and submitted',
  'checkpointing-enabled': 'checkpointing confirmed through REST',
  'running-with-checkpoints': 'running with completed checkpoints',
  'target-picked': 'a TaskManager running the job picked',
  killed: 'TaskManager killed (SIGKILL)',
  'failure-observed': 'failure observed (job left RUNNING)',
  'running-again': 'RUNNING again with all tasks',
  'restored-from-checkpoint': 'restored from a checkpoint taken before the kill',
  'new-checkpoint': 'a new checkpoint completed after the restore',
  'output-continued': 'output continued (did not start over)',
  'sequence-intact': 'no gap or duplicate per key',
  'ids-written': 'ids written to the input topic',
  'ids-in-flight': 'ids in flight at the fault (sent, not yet committed)',
  'ids-delivered': 'every input id in the output topic (read_committed)',
};

export interface StepFields {
  /** Instead of the id's title: the fault's own ("TaskManager killed (SIGKILL)"). */
  title?: string;
  expected?: string;
  seen?: string;
  message?: string;
  evidence?: Record<string, unknown>;
}

/** Collects steps in order, each stamped with its end time and duration. */
export class StepLog {
  readonly steps: StepResult[] = [];

  constructor(private readonly onStep?: (step: StepResult) => void) {}

  record(id: StepId, status: StepStatus, startedAt: number, fields: StepFields = {}, round?: number): StepResult {
    const at = Date.now();
    const step: StepResult = {
      id,
      ...(round !== undefined && { round }),
      title: fields.title ?? STEP_TITLES[id],
      status,
      ...(fields.expected !== undefined && { expected: fields.expected }),
      ...(fields.seen !== undefined && { seen: fields.seen }),
      ...(fields.message !== undefined && { message: fields.message }),
      evidence: fields.evidence ?? {},
      at,
      durationMs: at - startedAt,
    };
    this.steps.push(step);
    this.onStep?.(step);
    return step;
  }

  get failed(): boolean {
    return this.steps.some((s) => s.status === 'failed' || s.status === 'inconclusive');
  }
}
