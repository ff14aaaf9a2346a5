import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobOverview } from '../../../core/flink-rest/index.js';
import { FlinkRestClient } from '../../../core/flink-rest/index.js';
import { createHttpTestServer, type HttpTestServer } from '../../../core/flink-rest/test-support/create-http-test-server.js';
import { describeJob, type ClusterJobSummary } from '../../../core/jobs/index.js';
import { formatBytes, formatMillis, formatUptime, jobNode, jobsToShow, restartCount, type JobViewNode } from './job-view-model.js';
import { JOB_ID, T0, checkpointStats, exceptions, jobDetail } from '../../../core/jobs/test-support/job-rest-fixtures.js';

const UTC = { timeZone: 'UTC' };

function overview(jid: string, state: JobOverview['state'], start: number, name = jid): JobOverview {
  return { jid, name, state, 'start-time': start, 'end-time': -1, duration: 0, 'last-modification': start, tasks: {} };
}

/** label · description · contextValue · icon, indented: the item as a reader sees it. */
function outline(nodes: readonly JobViewNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.label} · ${n.description ?? ''} · ${n.contextValue} · ${n.icon}`, ...outline(n.children ?? [], depth + 1)]);
}

describe('jobNode from REST answers', () => {
  let server: HttpTestServer;
  let summary: ClusterJobSummary;
  const json = (body: unknown) => (_: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  beforeEach(async () => {
    server = await createHttpTestServer();
    server.on(`GET /jobs/${JOB_ID}`, json(jobDetail));
    server.on(`GET /jobs/${JOB_ID}/checkpoints`, json(checkpointStats));
    server.on(`GET /jobs/${JOB_ID}/exceptions?maxExceptions=100`, json(exceptions));
    summary = await describeJob(new FlinkRestClient({ baseUrl: server.url }), JOB_ID);
  });
  afterEach(() => server.close());

  it('shows state, uptime, restarts, checkpoint counts, last completed/failed/restored and the last exception', () => {
    const node = jobNode(overview(JOB_ID, 'RUNNING', T0, 'CheckpointedCounts'), summary, UTC);
    expect(outline([node])).toEqual([
      'CheckpointedCounts · running · up 3m 12s · 1 restart · 18 ✓ 1 ✗ · job.running · play-circle',
      '  Checkpoints · 18 completed · 1 failed · 1 in progress · 1 restore · job-checkpoints · graph',
      '    Last completed #19 · 12:03:00 · 45 ms · 1.2 KB · job-checkpoint · pass',
      '    Last failed #11 · 12:01:58 · Checkpoint was declined (task is closing) · job-checkpoint-failed · error',
      '    Restored from checkpoint #10 · 12:02:05 · job-checkpoint · history',
      '  Last exception · 12:01:58 · java.util.concurrent.TimeoutException: Heartbeat of TaskManager with id tm-2 timed out. · job-exception · bug',
    ]);
    expect(node.collapsed).toBe(true);
    const [checkpoints, exception] = node.children ?? [];
    expect(checkpoints?.command).toEqual({ command: 'flinkFt.showCheckpointChart', arguments: [JOB_ID] });
    expect(exception?.command).toEqual({ command: 'flinkFt.showJobExceptions', arguments: [JOB_ID] });
    expect(checkpoints?.children?.map((c) => c.path)).toEqual([`file:/flink-data/checkpoints/${JOB_ID}/chk-19`, undefined, `file:/flink-data/checkpoints/${JOB_ID}/chk-10`]);
    expect(node.tooltip).toBe(
      [
        'CheckpointedCounts',
        `id: ${JOB_ID}`,
        'state: RUNNING',
        'started: 2024-05-01 12:00:00 (up 3m 12s)',
        'restarts: 1',
        'checkpoints: 18 completed, 1 failed, 1 in progress, 1 restored',
        `last completed: #19 at 12:03:00 (file:/flink-data/checkpoints/${JOB_ID}/chk-19)`,
        'last failed: #11 at 12:01:58',
        `restored from: #10 at 12:02:05 (file:/flink-data/checkpoints/${JOB_ID}/chk-10)`,
        'last exception: java.util.concurrent.TimeoutException: Heartbeat of TaskManager with id tm-2 timed out.',
      ].join('\n'),
    );
  });

  it('says when a job does not checkpoint, and shows the state REST reported last', () => {
    const node = jobNode(overview(JOB_ID, 'RUNNING', T0, 'CheckpointedCounts'), { ...summary, state: 'CANCELED', checkpoints: undefined, failures: 0 }, UTC);
    const { lastException: _dropped, ...rest } = summary;
    const quiet = jobNode(overview(JOB_ID, 'RUNNING', T0), { ...rest, checkpoints: undefined, failures: 0 }, UTC);
    expect(outline([node]).slice(0, 2)).toEqual([
      'CheckpointedCounts · canceled · ran 3m 12s · 0 restarts · no checkpointing · job.canceled · circle-slash',
      '  Checkpointing off ·  · job-info · circle-slash',
    ]);
    expect(outline([quiet])).toHaveLength(2);
  });
});

describe('jobNode before details arrive', () => {
  it('shows name and state with the state in the context value', () => {
    expect(jobNode(overview('a', 'RESTARTING', 1, 'Counts'), undefined)).toEqual({
      id: 'job:a',
      label: 'Counts',
      description: 'restarting',
      tooltip: 'Counts\na\nstate: RESTARTING',
      icon: 'warning',
      iconColor: 'list.warningForeground',
      contextValue: 'job.restarting',
      jobId: 'a',
    });
  });
});

describe('jobsToShow', () => {
  it('lists active jobs newest first, then at most five ended jobs newest first', () => {
    const jobs = [
      overview('run-old', 'RUNNING', 1),
      overview('run-new', 'RESTARTING', 9),
      ...[2, 3, 4, 5, 6, 7].map((t) => overview(`ended-${t}`, t % 2 ? 'CANCELED' : 'FAILED', t)),
    ];
    expect(jobsToShow(jobs).map((j) => j.jid)).toEqual(['run-new', 'run-old', 'ended-7', 'ended-6', 'ended-5', 'ended-4', 'ended-3']);
  });
});

describe('formatting', () => {
  it('counts restarts: a final failure that ended the job is not one', () => {
    expect(restartCount({ state: 'RUNNING', failures: 2 })).toBe(2);
    expect(restartCount({ state: 'FAILED', failures: 2 })).toBe(1);
    expect(restartCount({ state: 'FAILED', failures: 0 })).toBe(0);
  });

  it('formats uptimes, durations and sizes', () => {
    expect([0, 59_999, 60_000, 3_599_000, 3_600_000, 7_500_000, 90_000_000].map(formatUptime)).toEqual(['0 s', '59 s', '1m 00s', '59m 59s', '1h 00m', '2h 05m', '1d 1h']);
    expect([45, 999.6, 1_234, 9_990, 75_400].map(formatMillis)).toEqual(['45 ms', '1000 ms', '1.2 s', '10.0 s', '75 s']);
    expect([0, 1023, 1024, 1_234, 20_480, 5 * 1024 * 1024].map(formatBytes)).toEqual(['0 B', '1023 B', '1.0 KB', '1.2 KB', '20 KB', '5.0 MB']);
  });
});
