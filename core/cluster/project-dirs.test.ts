// `.flink` and its folders may be links a repository ships (issue 18): nothing may be created,
// chmod-ed or deleted through them, and no folder flink-ft did not create changes its mode.
import { chmod, lstat, mkdir, mkdtemp, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnsafeDataDirError } from './errors/unsafe-data-dir-error.js';
import { FLINK_UID, logDirOf, prepareLogDir, prepareProjectDirs, purgeProjectDirs, projectDirs } from './project-dirs.js';

let base: string;
let workspace: string;
let victim: string;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'flinkft-dirs-'));
  workspace = join(base, 'project');
  victim = join(base, 'victim');
  await mkdir(workspace);
  await mkdir(victim, { mode: 0o755 });
  await chmod(victim, 0o755);
  await writeFile(join(victim, 'precious.txt'), 'keep me');
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

async function victimUntouched(): Promise<void> {
  expect((await stat(victim)).mode & 0o777).toBe(0o755);
  expect((await stat(victim)).uid).toBe(process.getuid!());
  expect((await readdir(victim)).sort()).toEqual(['precious.txt']);
}

describe('prepareProjectDirs', () => {
  it('creates .flink readable and the data folders writable for uid 9999', async () => {
    const dirs = await prepareProjectDirs(workspace, ['jobmanager', 'tm-1']);
    expect((await stat(dirs.root)).mode & 0o777).toBe(0o755);
    for (const dir of [dirs.checkpoints, dirs.savepoints, dirs.logs, logDirOf(workspace, 'tm-1')]) {
      const s = await stat(dir);
      // Root hands them to uid 9999; anyone else cannot chown and opens them instead.
      if (process.getuid!() === 0) expect([s.uid, s.mode & 0o777]).toEqual([FLINK_UID, 0o755]);
      else expect(s.mode & 0o777).toBe(0o777);
    }
  });

  it.each([
    ['.flink', '.flink'],
    ['.flink/checkpoints', '.flink/checkpoints'],
    ['.flink/logs/tm-1', '.flink/logs/tm-1'],
  ])('refuses a symlinked %s and creates, chmods and chowns nothing through it', async (_name, link) => {
    // The folders around the link as an earlier `up` left them.
    if (link !== '.flink') await prepareProjectDirs(workspace, []);
    await rm(join(workspace, link), { recursive: true, force: true });
    await symlink(victim, join(workspace, link));
    const error = await prepareProjectDirs(workspace, ['jobmanager', 'tm-1']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsafeDataDirError);
    expect((error as Error).message).toBe(
      `${join(workspace, link)} is a symbolic link (to ${victim}). flink-ft keeps cluster data inside the project folder and ` +
        'does not follow links there, so it will not create, mount or delete anything through it. ' +
        `Remove the link (\`rm ${join(workspace, link)}\`) and run again; flink-ft then creates a real folder in its place.`,
    );
    await victimUntouched();
  });

  it('refuses a relative link too (.flink -> ../victim)', async () => {
    await symlink('../victim', join(workspace, '.flink'));
    await expect(prepareProjectDirs(workspace, [])).rejects.toBeInstanceOf(UnsafeDataDirError);
    await victimUntouched();
  });

  it('leaves the mode and owner of an existing .flink alone', async () => {
    await mkdir(join(workspace, '.flink'));
    await chmod(join(workspace, '.flink'), 0o755);
    const before = await stat(join(workspace, '.flink'));
    await prepareProjectDirs(workspace, []);
    const after = await stat(join(workspace, '.flink'));
    expect([after.mode, after.uid, after.gid]).toEqual([before.mode, before.uid, before.gid]);
  });

  it('explains an existing data folder the containers cannot write, instead of opening it to everyone', async () => {
    await mkdir(join(workspace, '.flink', 'checkpoints'), { recursive: true });
    await chmod(join(workspace, '.flink', 'checkpoints'), 0o755);
    const error = await prepareProjectDirs(workspace, []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsafeDataDirError);
    expect((error as Error).message).toContain(`${join(workspace, '.flink', 'checkpoints')} exists, but the Flink containers (uid 9999) cannot write to it`);
    expect((error as Error).message).toContain('mode 0755');
    expect((await stat(join(workspace, '.flink', 'checkpoints'))).mode & 0o777).toBe(0o755);
  });

  it('a file where a folder belongs is refused', async () => {
    await writeFile(join(workspace, '.flink'), 'not a folder');
    const error = await prepareProjectDirs(workspace, []).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'UnsafeDataDirError', problem: 'not-a-folder' });
  });

  it('prepareLogDir (a TaskManager added later) refuses a link as well', async () => {
    await prepareProjectDirs(workspace, []);
    await symlink(victim, join(workspace, '.flink', 'logs', 'tm-3'));
    await expect(prepareLogDir(workspace, 'tm-3')).rejects.toBeInstanceOf(UnsafeDataDirError);
    await victimUntouched();
  });
});

describe('purgeProjectDirs', () => {
  it('deletes checkpoints, savepoints and logs and keeps .flink with its other files', async () => {
    const dirs = await prepareProjectDirs(workspace, ['tm-1']);
    await writeFile(join(dirs.checkpoints, 'x'), 'x');
    await writeFile(join(dirs.root, 'notes.txt'), 'mine');
    expect(await purgeProjectDirs(workspace)).toEqual([dirs.checkpoints, dirs.savepoints, dirs.logs]);
    expect(await readdir(dirs.root)).toEqual(['notes.txt']);
  });

  it('also deletes the HA storage of a cluster with high availability, when there is one', async () => {
    const dirs = await prepareProjectDirs(workspace, []);
    await mkdir(join(dirs.root, 'ha', 'cluster', 'blob'), { recursive: true });
    expect(await purgeProjectDirs(workspace)).toEqual([dirs.checkpoints, dirs.savepoints, dirs.logs, join(dirs.root, 'ha')]);
    expect(await readdir(dirs.root)).toEqual([]);
  });

  it.each(['.flink', '.flink/checkpoints', '.flink/logs'])('refuses a symlinked %s and deletes nothing', async (link) => {
    await mkdir(join(workspace, link, '..'), { recursive: true });
    await mkdir(join(victim, 'checkpoints'));
    await writeFile(join(victim, 'checkpoints', 'chk'), 'x');
    await symlink(victim, join(workspace, link));
    await expect(purgeProjectDirs(workspace)).rejects.toBeInstanceOf(UnsafeDataDirError);
    expect((await readdir(victim)).sort()).toEqual(['checkpoints', 'precious.txt']);
    expect(await readdir(join(victim, 'checkpoints'))).toEqual(['chk']);
  });

  it('does not follow links inside the data folders', async () => {
    const dirs = await prepareProjectDirs(workspace, []);
    await symlink(victim, join(dirs.checkpoints, 'escape'));
    await purgeProjectDirs(workspace);
    await victimUntouched();
    await expect(lstat(dirs.checkpoints)).rejects.toThrow();
  });

  it('with no .flink there is nothing to delete', async () => {
    expect(await purgeProjectDirs(workspace)).toEqual([]);
  });
});

describe('projectDirs', () => {
  it('refuses a relative project folder (a missing label must never mean the current folder)', () => {
    expect(() => projectDirs('')).toThrow("the project folder must be an absolute path, got ''");
  });
});
