// The data behind the "Checkpoints: <job>" chart: a job's checkpoints (duration, size, status over
// time) and markers for restores and failures. Flink's REST history keeps only the last
// `web.checkpoints.history` (10) checkpoints, so the series is accumulated across polls: each
// snapshot is merged into the previous series, and a chart left open keeps the whole run.
import { isHttpStatusError, type CheckpointingStatistics, type FlinkRestClient, type JobDetail, type JobExceptions, type JobState } from '../../../core/flink-rest/index.js';
import { rootCause } from '../../../core/jobs/index.js';

export type ChartCheckpointStatus = 'completed' | 'failed' | 'in_progress';

export interface ChartCheckpoint {
  id: number;
  status: ChartCheckpointStatus;
  savepoint: boolean;
  /** When the JobManager triggered it (epoch ms): the x position. */
  triggerTime: number;
  /** End-to-end duration so far (still growing while in progress). */
  durationMs: number;
  /** Checkpointed size (incremental) or full state size; 0 when unknown. */
  sizeBytes: number;
  path?: string;
}

/** A vertical line on the chart: the job restored from a checkpoint, or failed. */
export interface ChartMarker {
  kind: 'restore' | 'failure';
  time: number;
  label: string;
  /** The checkpoint restored from, for restores. */
  checkpointId?: number;
  path?: string;
}

export interface CheckpointSeries {
  jobId: string;
  jobName: string;
  state: JobState;
  /** False when the job has no checkpointing: the chart says so instead of staying empty. */
  checkpointing: boolean;
  counts: { completed: number; failed: number; inProgress: number; restored: number } | undefined;
  /** Oldest first. */
  checkpoints: ChartCheckpoint[];
  /** Oldest first. */
  markers: ChartMarker[];
  /** The time of the last snapshot (epoch ms): the chart's right edge. */
  updatedAt: number;
}

/** One poll's REST answers. */
export interface CheckpointSnapshot {
  job: Pick<JobDetail, 'jid' | 'name' | 'state'>;
  /** Undefined when the job has no checkpointing (REST answers 404). */
  stats: CheckpointingStatistics | undefined;
  exceptions: JobExceptions | undefined;
  now: number;
}

/** Enough for an hour of 10 s checkpoints (and more bars would be thinner than a pixel anyway). */
export const MAX_CHART_CHECKPOINTS = 360;
const MAX_MARKERS = 100;

/** Merges a snapshot into the previous series of the same job (a new job starts a new series). */
export function mergeCheckpointSeries(previous: CheckpointSeries | undefined, snapshot: CheckpointSnapshot, limit = MAX_CHART_CHECKPOINTS): CheckpointSeries {
  const prior = previous?.jobId === snapshot.job.jid ? previous : undefined;
  const byId = new Map<number, ChartCheckpoint>((prior?.checkpoints ?? []).map((c) => [c.id, c]));
  // Newer answers win: an in-progress checkpoint becomes completed or failed.
  for (const point of snapshot.stats ? chartCheckpoints(snapshot.stats) : []) byId.set(point.id, point);
  const checkpoints = [...byId.values()].sort((a, b) => a.id - b.id).slice(-limit);

  const markers = new Map<string, ChartMarker>((prior?.markers ?? []).map((m) => [markerKey(m), m]));
  for (const marker of [...restoreMarkers(snapshot.stats), ...failureMarkers(snapshot.exceptions)]) markers.set(markerKey(marker), marker);

  const stats = snapshot.stats;
  return {
    jobId: snapshot.job.jid,
    jobName: snapshot.job.name,
    state: snapshot.job.state,
    checkpointing: stats !== undefined,
    counts: stats && { completed: stats.counts.completed, failed: stats.counts.failed, inProgress: stats.counts.in_progress, restored: stats.counts.restored },
    checkpoints,
    markers: [...markers.values()].sort((a, b) => a.time - b.time).slice(-MAX_MARKERS),
    updatedAt: snapshot.now,
  };
}

/** One poll: job, checkpoint statistics and exception history, fetched together. */
export async function fetchCheckpointSnapshot(rest: FlinkRestClient, jobId: string, now: () => number = Date.now): Promise<CheckpointSnapshot> {
  const [job, stats, exceptions] = await Promise.all([
    rest.job(jobId),
    rest.checkpoints(jobId).catch((error: unknown) => {
      // Jobs without checkpointing answer 404 (500 on some versions): no checkpoints, not an error.
      if (isHttpStatusError(error) && (error.status === 404 || error.status === 500)) return undefined;
      throw error;
    }),
    rest.jobExceptions(jobId, 100).catch(() => undefined),
  ]);
  return { job: { jid: job.jid, name: job.name, state: job.state }, stats, exceptions, now: now() };
}

function chartCheckpoints(stats: CheckpointingStatistics): ChartCheckpoint[] {
  return stats.history.map((h) => ({
    id: h.id,
    status: chartStatus(h.status),
    savepoint: h.is_savepoint,
    triggerTime: h.trigger_timestamp,
    durationMs: Math.max(0, h.end_to_end_duration),
    // Incremental checkpoints upload `checkpointed_size`; that is the cost the chart should show.
    sizeBytes: Math.max(0, h.checkpointed_size ?? h.state_size ?? 0),
    ...(h.external_path ? { path: h.external_path } : {}),
  }));
}

function chartStatus(status: string): ChartCheckpointStatus {
  if (status === 'COMPLETED') return 'completed';
  if (status === 'FAILED') return 'failed';
  return 'in_progress';
}

// REST only reports the latest restore; earlier ones were seen by earlier polls and are kept.
function restoreMarkers(stats: CheckpointingStatistics | undefined): ChartMarker[] {
  const restored = stats?.latest.restored;
  if (!restored) return [];
  return [
    {
      kind: 'restore',
      time: restored.restore_timestamp,
      label: `restored from ${restored.is_savepoint ? 'savepoint' : 'checkpoint'} #${restored.id}`,
      checkpointId: restored.id,
      ...(restored.external_path ? { path: restored.external_path } : {}),
    },
  ];
}

// Every failure restarted (or ended) the job: the exception history dates them all, even those
// that happened before the chart was opened.
function failureMarkers(exceptions: JobExceptions | undefined): ChartMarker[] {
  return (exceptions?.exceptionHistory.entries ?? []).map((e) => ({ kind: 'failure', time: e.timestamp, label: rootCause(e.stacktrace) }));
}

function markerKey(marker: ChartMarker): string {
  return `${marker.kind}:${marker.time}:${marker.checkpointId ?? ''}`;
}
