// What the steps of a kill round share: the drill's inputs (context) and what earlier steps found
// (state). Each step reads what it needs, records itself, and adds its own findings to the state.
import type { CheckpointDetails, CheckpointingStatistics } from '../../flink-rest/index.js';
import type { DrillCluster, OutputTap } from '../drill-ports.js';
import type { ResolvedDrillOptions } from '../drill-options.js';
import type { Fault, FaultTarget, InjectedFault } from '../faults/fault.js';
import type { StepLog } from '../step-log.js';
import type { RoundMoments } from '../timeline.js';

export interface RoundContext {
  cluster: DrillCluster;
  jobId: string;
  output: OutputTap;
  options: ResolvedDrillOptions;
  log: StepLog;
  fault: Fault;
  /** Checkpoint interval in ms (0 when checkpointing is off). */
  checkpointIntervalMs: number;
}

/** Where the job stood just before the fault. */
export interface BeforeFault {
  restoredCount: number;
  lastCompleted: { id: number; at: number } | null;
  /** Index into the output tap's records where "before the fault" ends. */
  outputLines: number;
  /** Flink's checkpoint history then (it keeps only the last few): durations before the fault. */
  checkpointHistory: CheckpointingStatistics['history'];
}

export type RestoredCheckpoint = NonNullable<CheckpointingStatistics['latest']['restored']>;

export interface RoundState {
  round: number;
  target?: FaultTarget;
  before?: BeforeFault;
  injected?: InjectedFault;
  /** The latest completed checkpoint when the fault had been injected. */
  lastCompletedAtFault?: number;
  /** Moments for the timeline, from the fault on. */
  moments?: RoundMoments;
  restored?: RestoredCheckpoint;
  /** Flink's details of the restored checkpoint: state size per vertex. */
  restoredDetails?: CheckpointDetails;
  /** When Flink triggered the restored checkpoint (details, else the checkpoint history). */
  restoredTriggeredAt?: number;
  /** Vertex id → name, from the job running again (to name the operators whose state came back). */
  vertexNames?: Map<string, string>;
  /**
   * The job stayed RUNNING through a fault it may ride out (a short pause, a slow network) and
   * checkpointed after it was lifted: nothing restarted, so nothing to restore.
   */
  rodeThrough?: { healedAt: number; checkpointId: number };
  /** The restore step passed: a checkpoint taken before the fault, not a savepoint. */
  restoredOk: boolean;
}

/** A step of the round: records itself; false stops the round (a later step could prove nothing). */
export type RoundStep = (ctx: RoundContext, state: RoundState) => Promise<boolean>;
