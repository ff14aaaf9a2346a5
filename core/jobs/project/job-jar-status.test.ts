import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jobJarStatus } from './job-jar-status.js';

describe('jobJarStatus', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'jar-status-'));
    await writeFile(join(dir, 'pom.xml'), '<project/>');
    await mkdir(join(dir, 'src'));
    await writeFile(join(dir, 'src', 'Job.java'), 'class Job {}');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const touch = (path: string, sec: number) => utimes(path, sec, sec);

  it('is stale without a jar, fresh when the jar is newer than every input, stale again after an edit', async () => {
    expect(await jobJarStatus(dir)).toMatchObject({ jarPath: undefined, stale: true, project: { tool: 'maven' } });
    await mkdir(join(dir, 'target'));
    const jar = join(dir, 'target', 'job-1.0.jar');
    await writeFile(jar, 'x');
    await touch(join(dir, 'pom.xml'), 1000);
    await touch(join(dir, 'src', 'Job.java'), 1000);
    await touch(jar, 2000);
    expect(await jobJarStatus(dir)).toMatchObject({ jarPath: jar, stale: false });
    // Files under .flink/ (checkpoints, logs) and virtualenvs are not build inputs.
    await mkdir(join(dir, '.venv', 'lib'), { recursive: true });
    await writeFile(join(dir, '.venv', 'lib', 'conf.yaml'), 'x');
    await mkdir(join(dir, '.flink'));
    await writeFile(join(dir, '.flink', 'flink-conf.yaml'), 'x');
    expect(await jobJarStatus(dir)).toMatchObject({ jarPath: jar, stale: false });
    await touch(join(dir, 'src', 'Job.java'), 3000);
    expect(await jobJarStatus(dir)).toMatchObject({ jarPath: jar, stale: true });
  });
});
