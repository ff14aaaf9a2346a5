// What the drill needs from the outside world, as narrow interfaces: a StartedFlinkCluster and a
// FlinkRestClient fit them, and the unit tests pass small fakes.
import type { TaskManagerHandle } from '../cluster/index.js';
import type { FlinkRestClient } from '../flink-rest/index.js';

export type DrillRestApi = Pick<
  FlinkRestClient,
  'job' | 'vertex' | 'checkpoints' | 'checkpointDetails' | 'checkpointConfig' | 'jobExceptions' | 'cancelJob' | 'taskManagers'
>;

export interface DrillCluster {
  rest: DrillRestApi;
  /** TaskManager containers (dead ones included). */
  taskManagers(): Promise<TaskManagerHandle[]>;
  /** SIGKILL, like a crash. */
  killTaskManager(id: string): Promise<TaskManagerHandle>;
  /** A replacement with the next free id; resolves once the container runs. */
  addTaskManager(): Promise<TaskManagerHandle>;
  /** Removes a dead TaskManager's container after the drill (its log folder stays). */
  removeTaskManager(id: string): Promise<void>;
}

/** One line a TaskManager printed, stamped with the time the drill read it. */
export interface OutputRecord {
  tmId: string;
  line: string;
  time: number;
}

/** TaskManager stdout from the moment it is started; `records()` returns everything read so far. */
export interface OutputTap {
  records(): readonly OutputRecord[];
  stop(): Promise<void>;
}

/** Builds (when needed) and submits the job; resolves once Flink accepted it. */
export type JobLauncher = (signal: AbortSignal) => Promise<{ jobId: string; entryClass?: string }>;
