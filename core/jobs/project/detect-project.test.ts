import { chmod, mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectProject } from './detect-project.js';
import { findEntryClasses } from './find-entry-classes.js';
import { findJobJars } from './find-job-jars.js';
import { describePythonJob, isPyFlinkJob } from './python-job.js';

describe('project detection and discovery', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'detect-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('detects Maven with and without a wrapper, and Gradle', async () => {
    await writeFile(join(dir, 'pom.xml'), '<project/>');
    expect(await detectProject(dir)).toEqual({ tool: 'maven', dir, command: 'mvn', args: ['-q', '-B', 'package', '-DskipTests'], outputDir: join(dir, 'target') });
    await writeFile(join(dir, 'mvnw'), '#!/bin/sh');
    await chmod(join(dir, 'mvnw'), 0o755);
    expect((await detectProject(dir)).command).toBe('./mvnw');
    const gradle = join(dir, 'g');
    await mkdir(gradle);
    await writeFile(join(gradle, 'build.gradle.kts'), '');
    expect(await detectProject(gradle)).toMatchObject({ tool: 'gradle', command: 'gradle', outputDir: join(gradle, 'build', 'libs') });
  });

  it('says what it looked for when there is no build file', async () => {
    await expect(detectProject(dir)).rejects.toThrow(`No Maven or Gradle project in ${dir} (looked for pom.xml, build.gradle, build.gradle.kts).`);
  });

  it('ranks job jars: not original-/sources/javadoc, newest first', async () => {
    const target = join(dir, 'target');
    await mkdir(target);
    for (const [name, t] of [['job-1.0.jar', 2000], ['original-job-1.0.jar', 3000], ['job-1.0-sources.jar', 3000], ['old.jar', 1000]] as const) {
      await writeFile(join(target, name), 'x');
      await utimes(join(target, name), t, t);
    }
    expect(await findJobJars(target)).toEqual([join(target, 'job-1.0.jar'), join(target, 'old.jar')]);
    expect(await findJobJars(join(dir, 'missing'))).toEqual([]);
  });

  it('finds entry classes that have main and call execute, with the execute line', async () => {
    const src = join(dir, 'src/main/java/com/example');
    await mkdir(src, { recursive: true });
    await writeFile(join(src, 'Job.java'), 'package com.example;\n\npublic final class Job {\n  public static void main(String[] args) throws Exception {\n    env.execute("job");\n  }\n}\n');
    await writeFile(join(src, 'Tool.java'), 'package com.example;\npublic class Tool {\n  public static void main(String[] a) {}\n}\n');
    expect(await findEntryClasses(dir)).toEqual([{ className: 'com.example.Job', file: join(src, 'Job.java'), executeLine: 5, language: 'java' }]);
  });

  it('describes a PyFlink script with requirements, modules and jars', async () => {
    const script = join(dir, 'job.py');
    await writeFile(script, 'from pyflink.datastream import StreamExecutionEnvironment\nenv.add_jars("file:///opt/jars/kafka.jar")\nenv.execute("x")\n');
    await writeFile(join(dir, 'util.py'), '');
    await writeFile(join(dir, 'requirements.txt'), 'requests\n');
    await writeFile(join(dir, 'connector.jar'), 'x');
    expect(isPyFlinkJob('from pyflink.table import TableEnvironment\nt_env.execute_sql("...")')).toBe(true);
    expect(isPyFlinkJob('import pandas\nprint(1)')).toBe(false);
    expect(await describePythonJob(script)).toEqual({
      scriptPath: script,
      requirementsPath: join(dir, 'requirements.txt'),
      modulePaths: [join(dir, 'util.py')],
      jarPaths: [join(dir, 'connector.jar'), '/opt/jars/kafka.jar'],
    });
  });
});
