import { resolveEndToEndPlan, type EndToEndPlan, type ResolvedEndToEndPlan } from './end-to-end/end-to-end-plan.js';
import type { Fault } from './faults/fault.js';
import { TaskManagerKill } from './faults/task-manager-kill.js';
import type { ProgressAssertion } from './progress-assertion.js';

export interface DrillOptions {
  /** Completed checkpoints to wait for before the kill (default 2). */
  checkpoints?: number;
  /** Kill rounds (default 1); each must recover before the next. */
  kills?: number;
  /** The negative control: the job runs with checkpointing off and the drill must show state lost. */
  control?: boolean;
  /** The fault each round injects (default: SIGKILL a TaskManager running the job, then start a replacement). */
  fault?: Fault;
  /** Kill this TaskManager instead of one running the job's tasks (to show an inconclusive drill). */
  targetTaskManager?: string;
  /** Picks the target from where the job's tasks run and the running TaskManagers (default: the source's TaskManager). */
  chooseTarget?: (tasksByTaskManager: ReadonlyMap<string, readonly string[]>, runningTaskManagers: readonly string[]) => string | undefined;
  /** Running TaskManagers to have before submitting (default 2, so one survives the kill). */
  minTaskManagers?: number;
  /** REST polling while the job recovers (default 200 ms: keeps what the check adds under a second). */
  pollIntervalMs?: number;
  /** How the output shows progress; default: the probe format when the job prints it. */
  assertion?: ProgressAssertion;
  /** Lines per key to see after recovery before judging the output (default 3). */
  linesAfterRecovery?: number;
  timeouts?: Partial<DrillTimeouts>;
  /** The Kafka end-to-end check: ids through the input topic, judged in the output topic (read_committed). */
  endToEnd?: EndToEndPlan;
  /** Leave the job running afterwards (default: cancel it, leaving the cluster as found). */
  keepJob?: boolean;
  signal?: AbortSignal;
  /** Progress lines ("waiting for 2 checkpoints…"), for the CLI's stderr and the editor's progress. */
  onProgress?: (message: string) => void;
}

export interface DrillTimeouts {
  /** Submission to all tasks RUNNING. */
  startMs: number;
  /** RUNNING to K completed checkpoints; at least 3 checkpoint intervals are always allowed. */
  checkpointsMs: number;
  /** Kill to the job leaving RUNNING. */
  failureMs: number;
  /** Kill to RUNNING with all tasks again. */
  recoveryMs: number;
  /** Restore to the next completed checkpoint (at least 3 intervals). */
  nextCheckpointMs: number;
  /** RUNNING again to enough output to judge. */
  outputMs: number;
}

export const DEFAULT_TIMEOUTS: DrillTimeouts = {
  startMs: 180_000,
  checkpointsMs: 90_000,
  failureMs: 60_000,
  recoveryMs: 180_000,
  nextCheckpointMs: 60_000,
  outputMs: 30_000,
};

export interface ResolvedDrillOptions extends Required<Omit<DrillOptions, 'endToEnd' | 'fault' | 'assertion' | 'targetTaskManager' | 'chooseTarget' | 'signal' | 'onProgress' | 'timeouts'>> {
  fault: Fault;
  assertion?: ProgressAssertion;
  endToEnd?: ResolvedEndToEndPlan;
  targetTaskManager?: string;
  chooseTarget?: DrillOptions['chooseTarget'];
  signal: AbortSignal;
  onProgress: (message: string) => void;
  timeouts: DrillTimeouts;
}

export function resolveDrillOptions(options: DrillOptions): ResolvedDrillOptions {
  const checkpoints = options.checkpoints ?? 2;
  const kills = options.kills ?? 1;
  if (!Number.isInteger(checkpoints) || checkpoints < 1) throw new RangeError(`checkpoints must be a whole number ≥ 1, got ${checkpoints}`);
  if (!Number.isInteger(kills) || kills < 1) throw new RangeError(`kills must be a whole number ≥ 1, got ${kills}`);
  return {
    checkpoints,
    kills,
    control: options.control ?? false,
    minTaskManagers: options.minTaskManagers ?? 2,
    pollIntervalMs: options.pollIntervalMs ?? 200,
    linesAfterRecovery: options.linesAfterRecovery ?? 3,
    keepJob: options.keepJob ?? false,
    signal: options.signal ?? new AbortController().signal,
    onProgress: options.onProgress ?? (() => undefined),
    timeouts: { ...DEFAULT_TIMEOUTS, ...options.timeouts },
    fault: options.fault ?? new TaskManagerKill(),
    ...(options.assertion && { assertion: options.assertion }),
    ...(options.endToEnd && { endToEnd: resolveEndToEndPlan(options.endToEnd, kills) }),
    ...(options.targetTaskManager && { targetTaskManager: options.targetTaskManager }),
    ...(options.chooseTarget && { chooseTarget: options.chooseTarget }),
  };
}
