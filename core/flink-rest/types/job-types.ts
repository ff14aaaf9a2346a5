// Job endpoint shapes (flink-reference §3), limited to the fields we read.

export type JobState =
  | 'INITIALIZING'
  | 'CREATED'
  | 'RUNNING'
  | 'FAILING'
  | 'FAILED'
  | 'CANCELLING'
  | 'CANCELED'
  | 'FINISHED'
  | 'RESTARTING'
  | 'SUSPENDED'
  | 'RECONCILING';

/** States a job never leaves; waiting for anything else after one of these is hopeless. */
export const TERMINAL_JOB_STATES: readonly JobState[] = ['FAILED', 'CANCELED', 'FINISHED'];

export type ExecutionState =
  | 'CREATED'
  | 'SCHEDULED'
  | 'DEPLOYING'
  | 'RUNNING'
  | 'FINISHED'
  | 'CANCELING'
  | 'CANCELED'
  | 'FAILED'
  | 'RECONCILING'
  | 'INITIALIZING';

/** One entry of GET /jobs/overview */
export interface JobOverview {
  jid: string;
  name: string;
  state: JobState;
  'start-time': number;
  'end-time': number;
  duration: number;
  'last-modification': number;
  tasks: Record<string, number>;
}

export interface JobVertex {
  id: string;
  name: string;
  parallelism: number;
  status: ExecutionState;
  'start-time': number;
  'end-time': number;
  duration: number;
  tasks: Partial<Record<ExecutionState, number>>;
}

/** GET /jobs/:jobid */
export interface JobDetail {
  jid: string;
  name: string;
  isStoppable: boolean;
  state: JobState;
  'start-time': number;
  'end-time': number;
  duration: number;
  now: number;
  timestamps: Partial<Record<JobState, number>>;
  'status-counts'?: Partial<Record<ExecutionState, number>>;
  vertices: JobVertex[];
}

/** One subtask of GET /jobs/:jobid/vertices/:vertexid: where it runs and since when. */
export interface SubtaskDetail {
  subtask: number;
  status: ExecutionState;
  attempt: number;
  /** The TaskManager's resource id (`tm-N` on our local clusters). */
  'taskmanager-id'?: string;
  /** `host:port` of the TaskManager (1.19+; `host` before). */
  endpoint?: string;
  host?: string;
  'start-time': number;
  /** Milliseconds spent in each state of the current attempt; RUNNING grows while it runs. */
  'status-duration'?: Partial<Record<ExecutionState, number>>;
}

/** GET /jobs/:jobid/vertices/:vertexid */
export interface VertexDetail {
  id: string;
  name: string;
  parallelism: number;
  /** The JobManager's clock when it answered (status durations count up to it). */
  now: number;
  subtasks: SubtaskDetail[];
}

/** GET /jobs/:jobid/exceptions */
export interface JobExceptions {
  exceptionHistory: {
    entries: ExceptionEntry[];
    truncated: boolean;
  };
}

export interface ExceptionEntry {
  exceptionName: string;
  stacktrace: string;
  timestamp: number;
  taskName?: string | null;
  location?: string | null;
  endpoint?: string | null;
  taskManagerId?: string | null;
  failureLabels?: Record<string, string>;
  concurrentExceptions?: ExceptionEntry[];
}
