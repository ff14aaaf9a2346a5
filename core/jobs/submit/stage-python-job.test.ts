// Staging a PyFlink job writes only inside the project's .flink (issue 18).
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile, lstat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stagePythonJob } from './stage-python-job.js';

let base: string;
let workspace: string;
let victim: string;
let script: string;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'flinkft-stage-'));
  workspace = join(base, 'project');
  victim = join(base, 'victim');
  await mkdir(workspace);
  await mkdir(victim);
  await writeFile(join(victim, 'precious.txt'), 'keep me');
  script = join(workspace, 'job.py');
  await writeFile(script, 'print("job")\n');
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('stagePythonJob', () => {
  it('copies the script to .flink/jobs/<name>-<hash>/', async () => {
    const dir = await stagePythonJob(workspace, script, []);
    expect(dir).toMatch(new RegExp(`^${join(workspace, '.flink', 'jobs', 'job-')}[0-9a-f]{8}$`));
    expect(await readFile(join(dir, 'job.py'), 'utf8')).toBe('print("job")\n');
  });

  it('refuses a symlinked .flink/jobs', async () => {
    await mkdir(join(workspace, '.flink'));
    await symlink(victim, join(workspace, '.flink', 'jobs'));
    await expect(stagePythonJob(workspace, script, [])).rejects.toMatchObject({ name: 'UnsafeDataDirError' });
    expect(await readdir(victim)).toEqual(['precious.txt']);
  });

  it('replaces a link planted at the destination instead of writing through it', async () => {
    const dir = await stagePythonJob(workspace, script, []);
    await rm(join(dir, 'job.py'));
    await symlink(join(victim, 'precious.txt'), join(dir, 'job.py'));
    await stagePythonJob(workspace, script, []);
    expect(await readFile(join(victim, 'precious.txt'), 'utf8')).toBe('keep me');
    expect((await lstat(join(dir, 'job.py'))).isFile()).toBe(true);
  });
});
