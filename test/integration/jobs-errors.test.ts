import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { StartedFlinkCluster } from '../../core/cluster/index.js';
import { TERMINAL_JOB_STATES } from '../../core/flink-rest/index.js';
import {
  buildIfStale,
  buildProject,
  localClusterInfo,
  resolveJobTarget,
  submitJob,
  type JobTarget,
} from '../../core/jobs/index.js';
import { freePort } from './support/free-port.js';
import { cancelLeftoverJobs } from './support/reset-cluster.js';
import { tempWorkspace, testClusterBuilder, testRuntime } from './support/test-cluster.js';

const ROOT = resolve(import.meta.dirname, '../..');
const PROBE_JAVA = join(ROOT, 'examples/probe/java');
const FIXTURES = join(ROOT, 'test/fixtures/jobs');
const JOB_A = 'a'.repeat(32);
const JOB_B = 'b'.repeat(32);

describe('bad input gets a clear message and changes nothing', () => {
  let workspace: Awaited<ReturnType<typeof tempWorkspace>>;
  let cluster: StartedFlinkCluster;
  let target: JobTarget;
  let probeJar: string;
  let failingJar: string;

  beforeAll(async () => {
    workspace = await tempWorkspace('jobs-errors');
    const [probe, failing, started] = await Promise.all([
      buildIfStale(PROBE_JAVA),
      buildIfStale(join(FIXTURES, 'failing-job')),
      testClusterBuilder(testRuntime(), workspace.path, 'jobs-errors').withRestPort(18091).withTaskManagers(1).withSlots(2).start(),
    ]);
    probeJar = probe.jarPath;
    failingJar = failing.jarPath;
    cluster = started;
    target = { rest: cluster.rest, local: localClusterInfo(cluster) };
  });

  afterAll(async () => {
    await cluster?.down({ purge: true });
    await workspace?.[Symbol.asyncDispose]();
  });

  let jobsBefore = 0;

  // The tests share one cluster; each starts from a clean one, so a test that failed and left a
  // job running or a jar uploaded cannot fail the next one (they do not depend on their order).
  beforeEach(async () => {
    await cancelLeftoverJobs(cluster);
    for (const jar of await cluster.rest.jars()) await cluster.rest.deleteJar(jar.id);
    jobsBefore = (await cluster.rest.jobs()).length;
  });

  /** Nothing reached the cluster, or what did was cleaned up: no jar left, no job still running. */
  async function expectNothingLeft(newJobs = 0): Promise<void> {
    expect(await cluster.rest.jars()).toEqual([]);
    const jobs = await cluster.rest.jobs();
    expect(jobs.filter((j) => !TERMINAL_JOB_STATES.includes(j.state))).toEqual([]);
    expect(jobs.length).toBe(jobsBefore + newJobs);
  }

  it('build failure names the compiler location', async () => {
    const error = await buildProject(join(FIXTURES, 'broken-build')).catch((e: unknown) => e);
    const file = join(FIXTURES, 'broken-build/src/main/java/example/BrokenJob.java');
    expect(error).toMatchObject({
      name: 'BuildFailedError',
      exitCode: 1,
      errors: [{ file, line: 6, column: 21, severity: 'error', message: 'incompatible types: java.lang.String cannot be converted to int' }],
    });
    expect((error as Error).message).toContain(`${file}:6:21: incompatible types: java.lang.String cannot be converted to int`);
  });

  it('no jar found', async () => {
    const missing = join(workspace.path, 'target', 'job.jar');
    await expect(submitJob(target, { artifact: missing })).rejects.toMatchObject({ name: 'JarNotFoundError', searched: [missing] });
    const emptyProject = await mkdtemp(join(tmpdir(), 'flinkft-nojar-'));
    try {
      await writeFile(join(emptyProject, 'pom.xml'), '<project/>');
      await mkdir(join(emptyProject, 'target'));
      await writeFile(join(emptyProject, 'target', 'original-job.jar'), 'x');
      const { findJobJar, detectProject } = await import('../../core/jobs/index.js');
      await expect(findJobJar((await detectProject(emptyProject)).outputDir)).rejects.toThrow(
        `No job jar found in ${join(emptyProject, 'target')}. Build the project first`,
      );
    } finally {
      await rm(emptyProject, { recursive: true, force: true });
    }
  });

  it('jar without entry class lists the classes that have a main method', async () => {
    const thin = join(PROBE_JAVA, 'target', 'original-fault-tolerance-probe-1.0.0.jar');
    await expect(submitJob(target, { artifact: thin })).rejects.toThrow(
      `${thin} has no Main-Class in its manifest, and no entry class was given. Classes with a main method in it: ` +
        'dev.flinkft.probe.FaultToleranceProbe, dev.flinkft.probe.UnreplayableProbe. Pass one with --class (e.g. --class dev.flinkft.probe.FaultToleranceProbe).',
    );
    await expectNothingLeft();
  });

  it('wrong class name', async () => {
    await expect(submitJob(target, { artifact: probeJar, entryClass: 'dev.flinkft.probe.Nope' })).rejects.toMatchObject({
      name: 'EntryClassNotFoundError',
      entryClass: 'dev.flinkft.probe.Nope',
      candidates: ['dev.flinkft.probe.FaultToleranceProbe', 'dev.flinkft.probe.UnreplayableProbe'],
    });
    await expectNothingLeft();
  });

  it('job whose main method fails: the root exception from the REST error', async () => {
    const error = await submitJob(target, { artifact: probeJar, args: ['--keys', 'abc'] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'JobStartFailedError', rootCause: "java.lang.IllegalArgumentException: --keys must be a whole number, got 'abc'." });
    await expectNothingLeft();
  });

  it('job failing at start: the root exception from the job, and the job is not left running', async () => {
    // The fixture fails while its tasks initialise, so it never has all tasks RUNNING: the outcome
    // does not depend on how fast the machine is (the grace window is covered by unit tests).
    const error = await submitJob(target, { artifact: failingJar }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'JobStartFailedError', rootCause: 'java.lang.IllegalStateException: fixture failure while opening the map operator' });
    await expectNothingLeft(1);
  });

  it('checkpoint paths that do not exist, are incomplete, or belong to another job', async () => {
    const checkpoints = localClusterInfo(cluster).checkpointDir;
    const incomplete = join(checkpoints, JOB_A, 'chk-9');
    const otherJob = join(checkpoints, JOB_B, 'chk-4');
    await mkdir(incomplete, { recursive: true });
    await mkdir(otherJob, { recursive: true });
    await writeFile(join(otherJob, '_metadata'), 'x');
    const missing = join(checkpoints, JOB_A, 'chk-99');

    await expect(submitJob(target, { artifact: probeJar, restore: { kind: 'path', path: missing } })).rejects.toThrow(
      `Checkpoint or savepoint ${missing} does not exist.`,
    );
    await expect(submitJob(target, { artifact: probeJar, restore: { kind: 'path', path: incomplete } })).rejects.toThrow(
      `${incomplete} has no _metadata file, so it is not a complete checkpoint or savepoint`,
    );
    await expect(submitJob(target, { artifact: probeJar, restore: { kind: 'path', path: otherJob, expectedJobId: JOB_A } })).rejects.toThrow(
      `${otherJob} is a checkpoint of job ${JOB_B}, not of job ${JOB_A}.`,
    );
    await expect(submitJob(target, { artifact: probeJar, restore: { kind: 'latest-checkpoint', jobId: JOB_A } })).rejects.toMatchObject({
      name: 'NoRetainedCheckpointError',
      jobId: JOB_A,
    });
    await expectNothingLeft();
  });

  it('cluster not running: by workspace and by REST URL', async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'flinkft-nocluster-'));
    try {
      await expect(resolveJobTarget({ runtime: testRuntime(), workspace: elsewhere })).rejects.toThrow(
        `No running Flink cluster for workspace ${elsewhere}. Start one with 'Flink: Start Local Cluster' or \`flink-ft cluster up\``,
      );
    } finally {
      await rm(elsewhere, { recursive: true, force: true });
    }
    // A refused connection (not one of fetch's forbidden ports such as 1, which is an invalid URL).
    await expect(resolveJobTarget({ restUrl: `http://127.0.0.1:${await freePort()}` })).rejects.toMatchObject({ name: 'ClusterNotRunningError' });
    // The running cluster is found by its workspace label.
    expect((await resolveJobTarget({ runtime: testRuntime(), workspace: workspace.path })).rest.baseUrl).toBe(cluster.restUrl);
  });
});
