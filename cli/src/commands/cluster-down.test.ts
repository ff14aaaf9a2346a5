// `flink-ft cluster down --purge` when no cluster runs: the data asked to be deleted is deleted
// (it used to stay while the command said "nothing to remove" and exited 0), and links are refused.
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeDocker } from '../../../core/cluster/test-support/fake-docker.js';
import type { CliIo } from '../command.js';
import { runClusterCommand } from './cluster.js';

let base: string;
let workspace: string;
const out: string[] = [];
const err: string[] = [];
const io: CliIo = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, cwd: '/', stderrIsTTY: false, now: () => 0 };

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'flinkft-down-'));
  workspace = join(base, 'project');
  await mkdir(workspace);
  out.length = 0;
  err.length = 0;
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('cluster down --purge without a running cluster', () => {
  it('deletes the .flink data and says which folders', async () => {
    for (const dir of ['checkpoints/job/chk-1', 'savepoints', 'logs/tm-1']) await mkdir(join(workspace, '.flink', dir), { recursive: true });
    await writeFile(join(workspace, '.flink', 'checkpoints', 'job', 'chk-1', '_metadata'), 'x');
    await writeFile(join(workspace, '.flink', 'keep.txt'), 'x');
    const code = await runClusterCommand({ kind: 'down', purge: true }, workspace, new FakeDocker(), io, {});
    expect(code).toBe(0);
    expect(out.join('')).toBe(`No local Flink cluster runs for ${workspace}; deleted its .flink/checkpoints, .flink/savepoints, .flink/logs.\n`);
    expect(await readdir(join(workspace, '.flink'))).toEqual(['keep.txt']);
  });

  it('says so when there is no data either', async () => {
    expect(await runClusterCommand({ kind: 'down', purge: true }, workspace, new FakeDocker(), io, {})).toBe(0);
    expect(out.join('')).toBe(`No local Flink cluster runs for ${workspace} and it has no .flink data; nothing to remove.\n`);
  });

  it('refuses a symlinked .flink and deletes nothing behind it', async () => {
    const victim = join(base, 'victim');
    await mkdir(join(victim, 'checkpoints'), { recursive: true });
    await writeFile(join(victim, 'checkpoints', 'precious'), 'x');
    await symlink('../victim', join(workspace, '.flink'));
    await expect(runClusterCommand({ kind: 'down', purge: true }, workspace, new FakeDocker(), io, {})).rejects.toMatchObject({ name: 'UnsafeDataDirError' });
    expect(await readdir(join(victim, 'checkpoints'))).toEqual(['precious']);
  });
});
