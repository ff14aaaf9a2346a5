import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toContainerPath, toHostPath } from './checkpoint-paths.js';
import { findLatestCheckpoint, listRetainedCheckpoints } from './find-latest-checkpoint.js';
import { validateRestorePath } from './validate-restore-path.js';

const JOB_A = 'a'.repeat(32);
const JOB_B = 'b'.repeat(32);

describe('checkpoints on disk', () => {
  let dir: string;
  async function checkpoint(job: string, n: number, complete: boolean, mtimeSec?: number): Promise<string> {
    const path = join(dir, job, `chk-${n}`);
    await mkdir(path, { recursive: true });
    if (complete) {
      await writeFile(join(path, '_metadata'), 'x');
      if (mtimeSec !== undefined) await utimes(join(path, '_metadata'), mtimeSec, mtimeSec);
    }
    return path;
  }
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chk-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('finds the newest complete chk-N of a job, skipping one without _metadata', async () => {
    await checkpoint(JOB_A, 3, true, 1000);
    await checkpoint(JOB_A, 12, true, 1001);
    await checkpoint(JOB_A, 13, false);
    await mkdir(join(dir, JOB_A, 'shared'));
    const latest = await findLatestCheckpoint(dir, JOB_A);
    expect({ ...latest, completedAt: undefined }).toEqual({ jobId: JOB_A, checkpointId: 12, path: join(dir, JOB_A, 'chk-12'), completedAt: undefined });
  });

  it('without a job, takes the most recently completed checkpoint of any job', async () => {
    await checkpoint(JOB_A, 40, true, 1000);
    await checkpoint(JOB_B, 2, true, 2000);
    expect((await findLatestCheckpoint(dir)).path).toBe(join(dir, JOB_B, 'chk-2'));
    expect((await listRetainedCheckpoints(dir)).map((c) => c.checkpointId)).toEqual([2, 40]);
  });

  it('says what to do when no checkpoint was retained', async () => {
    await checkpoint(JOB_A, 1, false);
    await expect(findLatestCheckpoint(dir, JOB_A)).rejects.toThrow(`No complete checkpoint of job ${JOB_A} in ${dir}.`);
  });

  it('validates restore paths: missing, incomplete, another job, a _metadata file', async () => {
    const complete = await checkpoint(JOB_A, 5, true);
    const incomplete = await checkpoint(JOB_A, 6, false);
    await expect(validateRestorePath(join(dir, 'nope'))).rejects.toMatchObject({ name: 'RestorePathNotFoundError' });
    await expect(validateRestorePath(incomplete)).rejects.toMatchObject({ name: 'RestorePathIncompleteError', path: incomplete });
    await expect(validateRestorePath(complete, JOB_B)).rejects.toThrow(`${complete} is a checkpoint of job ${JOB_A}, not of job ${JOB_B}.`);
    expect(await validateRestorePath(join(complete, '_metadata'), JOB_A)).toEqual({ path: complete, kind: 'checkpoint', jobId: JOB_A });
  });

  it('treats a folder with _metadata outside a job folder as a savepoint', async () => {
    const savepoint = join(dir, 'savepoint-abc-123');
    await mkdir(savepoint);
    await writeFile(join(savepoint, '_metadata'), 'x');
    expect(await validateRestorePath(savepoint)).toEqual({ path: savepoint, kind: 'savepoint', jobId: undefined });
  });
});

describe('host and container paths', () => {
  const mapping = { hostRoot: '/ws/.flink', containerRoot: '/flink-data' };

  it('maps both ways, including file: URIs as REST reports them', () => {
    expect(toContainerPath(mapping, `/ws/.flink/checkpoints/${JOB_A}/chk-4`)).toBe(`/flink-data/checkpoints/${JOB_A}/chk-4`);
    expect(toHostPath(mapping, `file:/flink-data/checkpoints/${JOB_A}/chk-4`)).toBe(`/ws/.flink/checkpoints/${JOB_A}/chk-4`);
    expect(toHostPath(mapping, 'file:///flink-data/savepoints/savepoint-1/')).toBe('/ws/.flink/savepoints/savepoint-1');
  });

  it('refuses paths outside the mount', () => {
    expect(toContainerPath(mapping, '/tmp/chk-1')).toBeUndefined();
    expect(toContainerPath(mapping, '/ws/.flink-other/x')).toBeUndefined();
    expect(toHostPath(mapping, 'file:/opt/flink/x')).toBeUndefined();
    expect(toHostPath(mapping, 's3://bucket/chk-1')).toBeUndefined();
  });
});
