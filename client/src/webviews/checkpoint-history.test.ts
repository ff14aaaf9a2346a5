import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CheckpointingStatistics } from '../../../core/flink-rest/index.js';
import { FlinkRestClient } from '../../../core/flink-rest/index.js';
import { createHttpTestServer, type HttpTestServer } from '../../../core/flink-rest/test-support/create-http-test-server.js';
import { fetchCheckpointSnapshot, mergeCheckpointSeries, type CheckpointSnapshot } from './checkpoint-history.js';
import { JOB_ID, T0, checkpointStats, exceptions, jobDetail } from '../../../core/jobs/test-support/job-rest-fixtures.js';

const job = { jid: JOB_ID, name: 'CheckpointedCounts', state: 'RUNNING' as const };
const snapshot = (stats: CheckpointingStatistics | undefined, now: number, withExceptions = true): CheckpointSnapshot => ({
  job,
  stats,
  exceptions: withExceptions ? exceptions : undefined,
  now,
});
const path = (n: number) => `file:/flink-data/checkpoints/${JOB_ID}/chk-${n}`;

describe('mergeCheckpointSeries', () => {
  it('turns REST history into points oldest first, with restores and failures as markers', () => {
    const series = mergeCheckpointSeries(undefined, snapshot(checkpointStats, T0 + 192_000));
    expect(series).toEqual({
      jobId: JOB_ID,
      jobName: 'CheckpointedCounts',
      state: 'RUNNING',
      checkpointing: true,
      counts: { completed: 18, failed: 1, inProgress: 1, restored: 1 },
      checkpoints: [
        { id: 10, status: 'completed', savepoint: false, triggerTime: T0 + 100_000, durationMs: 60, sizeBytes: 900 },
        { id: 11, status: 'failed', savepoint: false, triggerTime: T0 + 110_000, durationMs: 8_500, sizeBytes: 0 },
        { id: 19, status: 'completed', savepoint: false, triggerTime: T0 + 180_000, durationMs: 45, sizeBytes: 1_234, path: path(19) },
        { id: 20, status: 'in_progress', savepoint: false, triggerTime: T0 + 190_000, durationMs: 1_500, sizeBytes: 0 },
      ],
      markers: [
        { kind: 'failure', time: T0 + 118_000, label: 'java.util.concurrent.TimeoutException: Heartbeat of TaskManager with id tm-2 timed out.' },
        { kind: 'restore', time: T0 + 125_000, label: 'restored from checkpoint #10', checkpointId: 10, path: path(10) },
      ],
      updatedAt: T0 + 192_000,
    });
  });

  it('keeps checkpoints REST no longer lists, updates in-progress ones, and keeps earlier restores', () => {
    const first = mergeCheckpointSeries(undefined, snapshot(checkpointStats, T0 + 192_000));
    const later: CheckpointingStatistics = {
      ...checkpointStats,
      counts: { ...checkpointStats.counts, restored: 2, completed: 19, in_progress: 0 },
      latest: { ...checkpointStats.latest, restored: { id: 19, restore_timestamp: T0 + 200_000, is_savepoint: false, external_path: path(19) } },
      // Flink's window moved on: 10 and 11 dropped out, 20 completed.
      history: [{ id: 20, status: 'COMPLETED', is_savepoint: false, trigger_timestamp: T0 + 190_000, latest_ack_timestamp: T0 + 190_070, end_to_end_duration: 70, checkpointed_size: 1_300 }],
    };
    const merged = mergeCheckpointSeries(first, snapshot(later, T0 + 202_000, false));
    expect(merged.checkpoints.map((c) => `${c.id}:${c.status}:${c.durationMs}`)).toEqual(['10:completed:60', '11:failed:8500', '19:completed:45', '20:completed:70']);
    expect(merged.markers.map((m) => `${m.kind}@${m.time - T0}`)).toEqual(['failure@118000', 'restore@125000', 'restore@200000']);
    expect(merged.counts?.restored).toBe(2);
    expect(merged.updatedAt).toBe(T0 + 202_000);
  });

  it('does not add a restore twice when polls see the same one', () => {
    const once = mergeCheckpointSeries(undefined, snapshot(checkpointStats, 1));
    const twice = mergeCheckpointSeries(once, snapshot(checkpointStats, 2));
    expect(twice.markers).toEqual(once.markers);
    expect(twice.checkpoints).toEqual(once.checkpoints);
  });

  it('starts over for another job and keeps only the newest points', () => {
    const first = mergeCheckpointSeries(undefined, snapshot(checkpointStats, 1));
    const other = mergeCheckpointSeries(first, { job: { ...job, jid: 'b'.repeat(32) }, stats: undefined, exceptions: undefined, now: 2 });
    expect(other).toMatchObject({ jobId: 'b'.repeat(32), checkpointing: false, counts: undefined, checkpoints: [], markers: [] });
    expect(mergeCheckpointSeries(undefined, snapshot(checkpointStats, 1), 2).checkpoints.map((c) => c.id)).toEqual([19, 20]);
  });
});

describe('fetchCheckpointSnapshot', () => {
  let server: HttpTestServer;
  beforeEach(async () => {
    server = await createHttpTestServer();
  });
  afterEach(() => server.close());
  const json = (status: number, body: unknown) => (_: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  it('reads job, checkpoints and exceptions; a job without checkpointing has no statistics', async () => {
    server.on(`GET /jobs/${JOB_ID}`, json(200, jobDetail));
    server.on(`GET /jobs/${JOB_ID}/checkpoints`, json(404, { errors: ['Checkpointing is not enabled for this job'] }));
    server.on(`GET /jobs/${JOB_ID}/exceptions?maxExceptions=100`, json(200, exceptions));
    const got = await fetchCheckpointSnapshot(new FlinkRestClient({ baseUrl: server.url }), JOB_ID, () => 42);
    expect(got).toEqual({ job: { jid: JOB_ID, name: 'CheckpointedCounts', state: 'RUNNING' }, stats: undefined, exceptions, now: 42 });
  });

  it('fails when the job itself is unknown', async () => {
    await expect(fetchCheckpointSnapshot(new FlinkRestClient({ baseUrl: server.url }), JOB_ID)).rejects.toThrow(/404/);
  });
});
