// REST answers of a Flink 1.20 JobManager for one job that checkpointed, failed once (a killed
// TaskManager) and restored, shaped as GET /jobs/:id, /checkpoints and /exceptions return them.
// Shared by the job view model and checkpoint history tests.
import type { CheckpointingStatistics, JobDetail, JobExceptions } from '../../flink-rest/index.js';

export const JOB_ID = '3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6';
/** 2024-05-01T12:00:00Z */
export const T0 = Date.UTC(2024, 4, 1, 12, 0, 0);

export const jobDetail: JobDetail = {
  jid: JOB_ID,
  name: 'CheckpointedCounts',
  isStoppable: false,
  state: 'RUNNING',
  'start-time': T0,
  'end-time': -1,
  duration: 192_000,
  now: T0 + 192_000,
  timestamps: { CREATED: T0, RUNNING: T0 + 150_000, RESTARTING: T0 + 120_000 },
  vertices: [],
};

const trace =
  'org.apache.flink.runtime.jobmaster.JobMasterException: TaskManager with id tm-2 is no longer reachable.\n' +
  '\tat org.apache.flink.runtime.jobmaster.JobMaster$TaskManagerHeartbeatListener.notifyTargetUnreachable(JobMaster.java:1410)\n' +
  'Caused by: java.util.concurrent.TimeoutException: Heartbeat of TaskManager with id tm-2 timed out.\n' +
  '\t... 30 more';

export const exceptions: JobExceptions = {
  exceptionHistory: {
    entries: [
      {
        exceptionName: 'org.apache.flink.runtime.jobmaster.JobMasterException',
        stacktrace: trace,
        timestamp: T0 + 118_000,
        taskName: 'Source: counts -> Map (1/2)',
        taskManagerId: 'tm-2',
        concurrentExceptions: [],
      },
    ],
    truncated: false,
  },
};

export const checkpointStats: CheckpointingStatistics = {
  counts: { restored: 1, total: 20, in_progress: 1, completed: 18, failed: 1 },
  latest: {
    completed: {
      id: 19,
      status: 'COMPLETED',
      is_savepoint: false,
      trigger_timestamp: T0 + 180_000,
      latest_ack_timestamp: T0 + 180_045,
      state_size: 4_096,
      checkpointed_size: 1_234,
      end_to_end_duration: 45,
      checkpoint_type: 'CHECKPOINT',
      external_path: `file:/flink-data/checkpoints/${JOB_ID}/chk-19`,
      discarded: false,
    },
    savepoint: null,
    failed: {
      id: 11,
      status: 'FAILED',
      trigger_timestamp: T0 + 110_000,
      failure_timestamp: T0 + 118_500,
      failure_message: 'Checkpoint was declined (task is closing)\nmore detail',
    },
    restored: { id: 10, restore_timestamp: T0 + 125_000, is_savepoint: false, external_path: `file:/flink-data/checkpoints/${JOB_ID}/chk-10` },
  },
  history: [
    { className: 'in_progress', id: 20, status: 'IN_PROGRESS', is_savepoint: false, trigger_timestamp: T0 + 190_000, latest_ack_timestamp: -1, end_to_end_duration: 1_500, state_size: 0, checkpointed_size: 0 },
    { className: 'completed', id: 19, status: 'COMPLETED', is_savepoint: false, trigger_timestamp: T0 + 180_000, latest_ack_timestamp: T0 + 180_045, end_to_end_duration: 45, state_size: 4_096, checkpointed_size: 1_234, external_path: `file:/flink-data/checkpoints/${JOB_ID}/chk-19` },
    { className: 'failed', id: 11, status: 'FAILED', is_savepoint: false, trigger_timestamp: T0 + 110_000, latest_ack_timestamp: -1, end_to_end_duration: 8_500 },
    { className: 'completed', id: 10, status: 'COMPLETED', is_savepoint: false, trigger_timestamp: T0 + 100_000, latest_ack_timestamp: T0 + 100_060, end_to_end_duration: 60, state_size: 2_048, checkpointed_size: 900 },
  ],
};
