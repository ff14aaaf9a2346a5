// `flink-ft submit/jobs/cancel --rest URL`: a cluster the CLI knows only by its REST URL (jars only).
// The built CLI runs as a child process in a temp folder that has no local cluster, so nothing can
// be found through Docker labels; the cluster itself is an ordinary labelled test cluster.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Wait } from '../../core/cluster/index.js';
import { buildIfStale } from '../../core/jobs/index.js';
import { CLI_BUNDLE, ensureCliBuilt, type CliRun } from '../../cli/src/test-support/built-cli.js';
import { tempWorkspace, testClusterBuilder, testRuntime } from './support/test-cluster.js';

const ROOT = resolve(import.meta.dirname, '../..');
const PROBE_JAVA = join(ROOT, 'examples/probe/java');

/** The built CLI as a child process, asynchronously (a synchronous spawn would block vitest's RPC). */
function runCli(args: readonly string[], cwd: string): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [CLI_BUNDLE, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, stdout, stderr }));
  });
}

/** A folder without a cluster (and removed afterwards): where the CLI runs. */
async function tempDir(): Promise<{ path: string } & AsyncDisposable> {
  const path = await mkdtemp(join(tmpdir(), 'flinkft-remote-cwd-'));
  return { path, [Symbol.asyncDispose]: () => rm(path, { recursive: true, force: true }) };
}

/** A port nobody listens on: bound by us a moment ago, then released. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen({ port: 0, host: '127.0.0.1' }, ok));
  const { port } = server.address() as { port: number };
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

function notRunning(command: string, url: string): string {
  return (
    `flink-ft ${command}: No running Flink cluster at ${url} (ECONNREFUSED). Start one with 'Flink: Start Local Cluster' or \`flink-ft cluster up\`, ` +
    'or point at a running cluster with --rest http://host:8081.\n'
  );
}

describe('flink-ft against a remote cluster by REST URL', () => {
  beforeAll(() => {
    ensureCliBuilt();
  });

  it('a dead REST URL: submit, jobs and cancel exit 1 saying no cluster runs there, before uploading anything', async () => {
    await using cwd = await tempDir();
    const url = `http://127.0.0.1:${await deadPort()}`;
    const jar = join(cwd.path, 'job.jar');
    await writeFile(jar, 'not read: the cluster is checked first');
    const runs = {
      submit: await runCli(['submit', jar, '--rest', url, '--json'], cwd.path),
      jobs: await runCli(['jobs', '--rest', url, '--json'], cwd.path),
      cancel: await runCli(['cancel', '0123456789abcdef0123456789abcdef', '--rest', url], cwd.path),
    };
    for (const [command, run] of Object.entries(runs)) {
      expect(run, command).toEqual({ status: 1, stdout: '', stderr: notRunning(command, url) });
    }
  });

  it('submits the probe jar from a folder without a local cluster, sees it RUNNING, lists and cancels it; PyFlink is refused', async () => {
    await using workspace = await tempWorkspace('jobs-remote');
    await using cwd = await tempDir();
    const [built, cluster] = await Promise.all([
      buildIfStale(PROBE_JAVA),
      testClusterBuilder(testRuntime(), workspace.path, 'jobs-remote').withRestPort(18491).withTaskManagers(1).withSlots(2).start(),
    ]);
    await using _cluster = cluster;
    const rest = cluster.restUrl;

    // The CLI's folder has no cluster: without --rest it finds none.
    const local = await runCli(['jobs', '--json'], cwd.path);
    expect(local.status).toBe(1);
    expect(local.stderr).toBe(
      `flink-ft jobs: No running Flink cluster for workspace ${cwd.path}. Start one with 'Flink: Start Local Cluster' or \`flink-ft cluster up\`, ` +
        'or point at a running cluster with --rest http://host:8081.\n',
    );

    const submitted = await runCli(['submit', built.jarPath, '--arg=--rate', '--arg', '10', '--rest', rest, '--json'], cwd.path);
    expect(submitted.status, submitted.stderr).toBe(0);
    const outcome = JSON.parse(submitted.stdout) as Record<string, unknown>;
    expect(Object.keys(outcome).sort()).toEqual(['acceptedAfterMs', 'entryClass', 'jobId', 'runningAfterMs']);
    expect(outcome).toMatchObject({ jobId: expect.stringMatching(/^[0-9a-f]{32}$/), entryClass: 'dev.flinkft.probe.FaultToleranceProbe' });
    const jobId = outcome['jobId'] as string;
    console.log(`[jobs-remote] accepted after ${String(outcome['acceptedAfterMs'])} ms, all tasks RUNNING after ${String(outcome['runningAfterMs'])} ms`);

    // Flink's own view: the job and every task run (submit waited for that).
    expect(await cluster.rest.jobStatus(jobId)).toBe('RUNNING');
    await Wait.forJobState(jobId, 'RUNNING', { allTasksRunning: true }).withTimeout(10_000).waitUntilReady(cluster.waitTarget());
    expect(await cluster.rest.jobs()).toEqual([expect.objectContaining({ jid: jobId, state: 'RUNNING' })]);
    // The uploaded jar was deleted from the remote cluster again: the running job keeps its own copy.
    expect(await cluster.rest.jars()).toEqual([]);

    const listed = await runCli(['jobs', '--rest', rest, '--json'], cwd.path);
    expect(listed.status, listed.stderr).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([
      { id: jobId, name: 'fault-tolerance-probe', state: 'RUNNING', startTime: expect.any(Number), durationMs: expect.any(Number) },
    ]);

    // Only a local cluster can run `flink run -py` in its JobManager.
    const script = join(cwd.path, 'job.py');
    await writeFile(script, 'print("never run")\n');
    const python = await runCli(['submit', script, '--rest', rest], cwd.path);
    expect(python).toEqual({
      status: 1,
      stdout: '',
      stderr:
        'flink-ft submit: PyFlink scripts can only be submitted to the local cluster (they run with `flink run -py` inside its JobManager). ' +
        'For a remote cluster, run `flink run -py` where Flink is installed, or submit a jar.\n',
    });

    const cancelled = await runCli(['cancel', jobId, '--rest', rest, '--json'], cwd.path);
    expect(cancelled.status, cancelled.stderr).toBe(0);
    expect(JSON.parse(cancelled.stdout)).toEqual({ jobId, state: 'CANCELED' });
    expect(await cluster.rest.jobStatus(jobId)).toBe('CANCELED');

    const after = await runCli(['jobs', '--rest', rest, '--json'], cwd.path);
    expect(after.status, after.stderr).toBe(0);
    expect(JSON.parse(after.stdout)).toEqual([expect.objectContaining({ id: jobId, state: 'CANCELED' })]);
  });
});
