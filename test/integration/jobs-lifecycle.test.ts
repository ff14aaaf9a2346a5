import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Wait, type StartedFlinkCluster } from '../../core/cluster/index.js';
import {
  buildIfStale,
  findLatestCheckpoint,
  localClusterInfo,
  stopWithSavepoint,
  submitJob,
  toHostPath,
  type JobTarget,
} from '../../core/jobs/index.js';
import { cancelLeftoverJobs } from './support/reset-cluster.js';
import { tempWorkspace, testClusterBuilder, testRuntime } from './support/test-cluster.js';

const ROOT = resolve(import.meta.dirname, '../..');
const PROBE_JAVA = join(ROOT, 'examples/probe/java');
const PROBE_PY = join(ROOT, 'examples/probe/python/probe.py');
const LINE = /probe key=(\d+) seq=(\d+) status=(\w+)/;

interface ProbeLine {
  key: number;
  seq: number;
  status: string;
}

/** Byte offsets of every TaskManager .out file, to read only what a later job prints. */
type OutputMark = Map<string, number>;

async function outFiles(workspace: string): Promise<string[]> {
  const logs = join(workspace, '.flink', 'logs');
  const files: string[] = [];
  for (const tm of (await readdir(logs)).filter((n) => n.startsWith('tm-'))) {
    for (const f of await readdir(join(logs, tm))) if (f.endsWith('.out')) files.push(join(logs, tm, f));
  }
  return files;
}

async function markOutput(workspace: string): Promise<OutputMark> {
  const mark: OutputMark = new Map();
  for (const f of await outFiles(workspace)) mark.set(f, (await stat(f)).size);
  return mark;
}

async function probeLinesSince(workspace: string, mark: OutputMark): Promise<ProbeLine[]> {
  const lines: ProbeLine[] = [];
  for (const f of await outFiles(workspace)) {
    const text = (await readFile(f)).subarray(mark.get(f) ?? 0).toString('utf8');
    for (const l of text.split('\n')) {
      const m = LINE.exec(l);
      if (m) lines.push({ key: Number(m[1]), seq: Number(m[2]), status: m[3]! });
    }
  }
  return lines;
}

/** Polls the .out files until every key has printed at least `perKey` lines since the mark. */
async function awaitProbeLines(workspace: string, mark: OutputMark, keys: number, perKey: number): Promise<ProbeLine[]> {
  return Wait.until<ProbeLine[]>(`the probe to print ${perKey} lines per key`, async () => {
    const lines = await probeLinesSince(workspace, mark);
    const counts = Array.from({ length: keys }, (_, k) => lines.filter((l) => l.key === k).length);
    return counts.every((c) => c >= perKey) ? { state: 'done', value: lines } : { state: 'pending', seen: `lines per key: ${counts.join(', ')}` };
  })
    .withTimeout(120_000)
    .withPollInterval(500)
    .waitUntilReady({});
}

function lastSeqPerKey(lines: readonly ProbeLine[], keys: number): number[] {
  return Array.from({ length: keys }, (_, k) => Math.max(...lines.filter((l) => l.key === k).map((l) => l.seq)));
}

function firstSeqPerKey(lines: readonly ProbeLine[], keys: number): number[] {
  return Array.from({ length: keys }, (_, k) => lines.find((l) => l.key === k)!.seq);
}

describe('job lifecycle on a real cluster: submit, checkpoints, cancel, restore', () => {
  let workspace: Awaited<ReturnType<typeof tempWorkspace>>;
  let cluster: StartedFlinkCluster;
  let target: JobTarget;
  let probeJar: string;
  const keys = 4;

  beforeAll(async () => {
    workspace = await tempWorkspace('jobs');
    const runtime = testRuntime();
    const [built, started] = await Promise.all([
      buildIfStale(PROBE_JAVA),
      testClusterBuilder(runtime, workspace.path, 'jobs').withRestPort(18091).withTaskManagers(2).withSlots(2).start(),
    ]);
    probeJar = built.jarPath;
    cluster = started;
    target = { rest: cluster.rest, local: localClusterInfo(cluster) };
  });

  afterAll(async () => {
    await cluster?.down({ purge: true });
    await workspace?.[Symbol.asyncDispose]();
  });

  // The tests share the cluster: a job a failed test left running would hold the slots the next
  // one needs. Each test reads only the output printed after its own mark.
  beforeEach(() => cancelLeftoverJobs(cluster));

  it('Java probe: runs, checkpoints, is cancelled and restarts from its latest checkpoint with its state', async () => {
    // From now on: the .out files may already hold another test's probe lines (same format).
    const firstMark = await markOutput(workspace.path);
    const first = await submitJob(target, { artifact: probeJar, args: ['--keys', String(keys), '--rate', '40'] });
    expect(first.entryClass).toBe('dev.flinkft.probe.FaultToleranceProbe');
    console.log(`[jobs] java probe: accepted after ${first.acceptedAfterMs.toFixed(0)} ms, all tasks RUNNING after ${first.runningAfterMs?.toFixed(0)} ms`);
    await Wait.forCompletedCheckpoints(first.jobId, 2).withTimeout(60_000).waitUntilReady(cluster.waitTarget());
    const history = (await cluster.rest.checkpoints(first.jobId)).history.map((h) => h.trigger_timestamp).sort();
    console.log(`[jobs] checkpoint cadence (ms between triggers): ${history.slice(1).map((t, i) => t - history[i]!).join(', ')}`);

    const before = await awaitProbeLines(workspace.path, firstMark, keys, 5);
    await cluster.rest.cancelJob(first.jobId);
    await Wait.forJobState(first.jobId, 'CANCELED').withTimeout(60_000).waitUntilReady(cluster.waitTarget());
    const printedBefore = await probeLinesSince(workspace.path, firstMark);
    expect(before.every((l) => l.status === 'OK')).toBe(true);
    expect(printedBefore.every((l) => l.status === 'OK')).toBe(true);

    const latest = await findLatestCheckpoint(localClusterInfo(cluster).checkpointDir, first.jobId);
    const completed = (await cluster.rest.checkpoints(first.jobId)).latest.completed!;
    expect(latest.checkpointId).toBe(completed.id);
    expect(toHostPath(localClusterInfo(cluster).mapping, completed.external_path!)).toBe(latest.path);

    const mark = await markOutput(workspace.path);
    const second = await submitJob(target, {
      artifact: probeJar,
      args: ['--keys', String(keys), '--rate', '40'],
      restore: { kind: 'latest-checkpoint', jobId: first.jobId },
    });
    expect(second.restoredFrom).toMatchObject({ kind: 'checkpoint', jobId: first.jobId, checkpointId: latest.checkpointId, hostPath: latest.path });
    const restored = (await cluster.rest.checkpoints(second.jobId)).latest.restored;
    // Anything restored through savepointPath counts as a savepoint restore in REST (verified on 1.20.5),
    // retained checkpoints included; the id and the chk-N path tell which checkpoint it was.
    expect(restored).toMatchObject({ id: latest.checkpointId, is_savepoint: true });
    expect(restored!.external_path).toBe(`file:${second.restoredFrom!.savepointPath}`);

    // The job continues from its state: each key resumes after 0, no later than where it stopped, all OK.
    const after = await awaitProbeLines(workspace.path, mark, keys, 5);
    const lastBefore = lastSeqPerKey(printedBefore, keys);
    const firstAfter = firstSeqPerKey(after, keys);
    for (let k = 0; k < keys; k++) {
      expect(firstAfter[k]).toBeGreaterThan(0);
      expect(firstAfter[k]).toBeLessThanOrEqual(lastBefore[k]! + 1);
    }
    expect(after.filter((l) => l.status !== 'OK')).toEqual([]);

    // Stop with a savepoint, then restart from it.
    const savepoint = await stopWithSavepoint(cluster.rest, second.jobId);
    expect(savepoint.location).toMatch(/^file:\/flink-data\/savepoints\/savepoint-[0-9a-f]{6}-[0-9a-f]{12}$/);
    await Wait.forJobState(second.jobId, 'FINISHED').withTimeout(60_000).waitUntilReady(cluster.waitTarget());
    const printedBySecond = await probeLinesSince(workspace.path, mark);
    const markSavepoint = await markOutput(workspace.path);
    const third = await submitJob(target, {
      artifact: probeJar,
      args: ['--keys', String(keys), '--rate', '40'],
      restore: { kind: 'path', path: toHostPath(localClusterInfo(cluster).mapping, savepoint.location)! },
    });
    expect(third.restoredFrom?.kind).toBe('savepoint');
    expect((await cluster.rest.checkpoints(third.jobId)).latest.restored).toMatchObject({ is_savepoint: true, external_path: savepoint.location });
    const afterSavepoint = await awaitProbeLines(workspace.path, markSavepoint, keys, 3);
    // A savepoint taken while stopping is exactly where the source stopped: no replay, no gap.
    expect(firstSeqPerKey(afterSavepoint, keys)).toEqual(lastSeqPerKey(printedBySecond, keys).map((s) => s + 1));
    expect(afterSavepoint.filter((l) => l.status !== 'OK')).toEqual([]);
    await cluster.rest.cancelJob(third.jobId);
    await Wait.forJobState(third.jobId, 'CANCELED').withTimeout(60_000).waitUntilReady(cluster.waitTarget());
  });

  it('PyFlink probe: runs in the JobManager, checkpoints, and restarts from its latest checkpoint', async () => {
    const mark = await markOutput(workspace.path);
    const first = await submitJob(target, { artifact: PROBE_PY, args: ['--keys', String(keys), '--rate', '40'] });
    console.log(`[jobs] pyflink probe: accepted after ${first.acceptedAfterMs.toFixed(0)} ms, all tasks RUNNING after ${first.runningAfterMs?.toFixed(0)} ms`);
    await Wait.forCompletedCheckpoints(first.jobId, 2).withTimeout(120_000).waitUntilReady(cluster.waitTarget());
    await awaitProbeLines(workspace.path, mark, keys, 5);
    await cluster.rest.cancelJob(first.jobId);
    await Wait.forJobState(first.jobId, 'CANCELED').withTimeout(60_000).waitUntilReady(cluster.waitTarget());
    const printedBefore = await probeLinesSince(workspace.path, mark);
    expect(printedBefore.filter((l) => l.status !== 'OK')).toEqual([]);

    const latest = await findLatestCheckpoint(localClusterInfo(cluster).checkpointDir, first.jobId);
    const markRestart = await markOutput(workspace.path);
    const second = await submitJob(target, {
      artifact: PROBE_PY,
      args: ['--keys', String(keys), '--rate', '40'],
      restore: { kind: 'latest-checkpoint', jobId: first.jobId },
    });
    expect((await cluster.rest.checkpoints(second.jobId)).latest.restored).toMatchObject({
      id: latest.checkpointId,
      external_path: `file:/flink-data/checkpoints/${first.jobId}/chk-${latest.checkpointId}`,
    });
    const after = await awaitProbeLines(workspace.path, markRestart, keys, 5);
    const lastBefore = lastSeqPerKey(printedBefore, keys);
    const firstAfter = firstSeqPerKey(after, keys);
    for (let k = 0; k < keys; k++) {
      expect(firstAfter[k]).toBeGreaterThan(0);
      expect(firstAfter[k]).toBeLessThanOrEqual(lastBefore[k]! + 1);
    }
    expect(after.filter((l) => l.status !== 'OK')).toEqual([]);
    await cluster.rest.cancelJob(second.jobId);
    await Wait.forJobState(second.jobId, 'CANCELED').withTimeout(60_000).waitUntilReady(cluster.waitTarget());
  });
});
