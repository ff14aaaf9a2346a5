import { isHttpStatusError, type CheckpointingStatistics, type FlinkRestClient, type JobState } from '../flink-rest/index.js';
import { rootCause } from './submit/root-cause.js';

/**
 * A job on the cluster as the Flink view shows it; one REST round (job, checkpoints, exceptions).
 * Not core/analysis's JobSummary, which is what the analysis reads from the source.
 */
export interface ClusterJobSummary {
  id: string;
  name: string;
  state: JobState;
  startTime: number;
  /** Running time so far (or until the end), ms. */
  durationMs: number;
  /** Failures in the exception history (each one restarted or ended the job); at most 100. */
  failures: number;
  checkpoints: {
    completed: number;
    failed: number;
    inProgress: number;
    restored: number;
    lastCompleted?: { id: number; path?: string; time: number; durationMs: number; sizeBytes?: number };
    lastFailed?: { id: number; time: number; message?: string };
    lastRestored?: { id: number; path?: string; time: number; isSavepoint: boolean };
  } | undefined;
  /** Root cause of the newest failure. */
  lastException?: { message: string; time: number; taskName?: string };
}

export async function describeJob(rest: FlinkRestClient, jobId: string): Promise<ClusterJobSummary> {
  const [job, stats, exceptions] = await Promise.all([
    rest.job(jobId),
    checkpointStats(rest, jobId),
    rest.jobExceptions(jobId, 100).catch(() => undefined),
  ]);
  const newest = exceptions?.exceptionHistory.entries[0];
  const latest = stats?.latest;
  return {
    id: job.jid,
    name: job.name,
    state: job.state,
    startTime: job['start-time'],
    durationMs: job.duration,
    failures: exceptions?.exceptionHistory.entries.length ?? 0,
    checkpoints: stats && {
      completed: stats.counts.completed,
      failed: stats.counts.failed,
      inProgress: stats.counts.in_progress,
      restored: stats.counts.restored,
      ...(latest?.completed && {
        lastCompleted: {
          id: latest.completed.id,
          path: latest.completed.external_path,
          time: latest.completed.latest_ack_timestamp,
          durationMs: latest.completed.end_to_end_duration,
          sizeBytes: latest.completed.checkpointed_size ?? latest.completed.state_size,
        },
      }),
      ...(latest?.failed && {
        lastFailed: { id: latest.failed.id, time: latest.failed.failure_timestamp, message: latest.failed.failure_message ?? undefined },
      }),
      ...(latest?.restored && {
        lastRestored: {
          id: latest.restored.id,
          path: latest.restored.external_path,
          time: latest.restored.restore_timestamp,
          isSavepoint: latest.restored.is_savepoint,
        },
      }),
    },
    ...(newest && { lastException: { message: rootCause(newest.stacktrace), time: newest.timestamp, ...(newest.taskName ? { taskName: newest.taskName } : {}) } }),
  };
}

/** The checkpoint history for the chart, oldest first (Flink keeps the last `web.checkpoints.history` = 10). */

// Jobs without checkpointing answer 404 (or 500 on some versions) here; that is "no checkpoints", not an error.
async function checkpointStats(rest: FlinkRestClient, jobId: string): Promise<CheckpointingStatistics | undefined> {
  try {
    return await rest.checkpoints(jobId);
  } catch (error) {
    if (isHttpStatusError(error) && (error.status === 404 || error.status === 500)) return undefined;
    throw error;
  }
}
