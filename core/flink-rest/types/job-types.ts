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
