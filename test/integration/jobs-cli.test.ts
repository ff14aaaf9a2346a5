import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StartedFlinkCluster } from '../../core/cluster/index.js';
import { buildIfStale } from '../../core/jobs/index.js';
import { runCli } from '../../cli/src/run-cli.js';
import { tempWorkspace, testClusterBuilder, testRuntime } from './support/test-cluster.js';

const ROOT = resolve(import.meta.dirname, '../..');
const PROBE_JAVA = join(ROOT, 'examples/probe/java');

async function cli(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    cwd,
    stderrIsTTY: false,
    now: () => performance.now(),
  });
  return { code, stdout, stderr };
}

describe('flink-ft submit, jobs, savepoint, cancel against a real cluster', () => {
  let workspace: Awaited<ReturnType<typeof tempWorkspace>>;
  let cluster: StartedFlinkCluster;
  let jar: string;

  beforeAll(async () => {
    workspace = await tempWorkspace('jobs-cli');
    const [built, started] = await Promise.all([
      buildIfStale(PROBE_JAVA),
      testClusterBuilder(testRuntime(), workspace.path, 'jobs-cli').withRestPort(18091).withTaskManagers(1).withSlots(2).start(),
    ]);
    jar = built.jarPath;
    cluster = started;
  });

  afterAll(async () => {
    await cluster?.down({ purge: true });
    await workspace?.[Symbol.asyncDispose]();
  });

  it('submits by workspace, lists, stops with a savepoint, resubmits from it, cancels', async () => {
    const submitted = await cli(['submit', jar, '--arg=--rate', '--arg', '40', '--workspace', workspace.path], ROOT);
    expect(submitted).toMatchObject({ code: 0, stdout: expect.stringMatching(/^[0-9a-f]{32}\n$/) });
    const jobId = submitted.stdout.trim();

    const listed = await cli(['jobs', '--json', '--rest', cluster.restUrl], ROOT);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ id: jobId, name: 'fault-tolerance-probe', state: 'RUNNING' })]);

    const saved = await cli(['savepoint', jobId, '--stop', '--json', '--workspace', workspace.path], ROOT);
    expect(saved.code).toBe(0);
    const savepoint = JSON.parse(saved.stdout) as { hostPath: string; location: string; stopped: boolean };
    expect(savepoint.stopped).toBe(true);
    expect(savepoint.hostPath).toBe(join(workspace.path, '.flink', savepoint.location.replace(/^file:\/flink-data\//, '')));

    const restored = await cli(['submit', jar, '--from-savepoint', savepoint.hostPath, '--json', '--workspace', workspace.path], ROOT);
    expect(restored.code).toBe(0);
    const outcome = JSON.parse(restored.stdout) as { jobId: string; restoredFrom: { kind: string; hostPath: string } };
    expect(outcome.restoredFrom).toMatchObject({ kind: 'savepoint', hostPath: savepoint.hostPath });
    expect((await cluster.rest.checkpoints(outcome.jobId)).latest.restored).toMatchObject({ is_savepoint: true, external_path: savepoint.location });

    const cancelled = await cli(['cancel', outcome.jobId, '--workspace', workspace.path], ROOT);
    expect(cancelled).toEqual({ code: 0, stdout: `Cancelled ${outcome.jobId}.\n`, stderr: '' });
    expect((await cluster.rest.jobStatus(outcome.jobId))).toBe('CANCELED');
  });

  it('exit 1 with the reason for bad input, exit 2 for usage errors', async () => {
    const missing = await cli(['submit', 'nope.jar', '--workspace', workspace.path], workspace.path);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`flink-ft submit: No job jar found in ${join(workspace.path, 'nope.jar')}. Build the project first (mvn package / gradle build), or pass the jar path. Sources, javadoc and original-* jars are not job jars.\n`);

    // Port 1 is on fetch's "bad port" list: no cluster could ever be reached there, so the URL itself is the error.
    const noCluster = await cli(['jobs', '--rest', 'http://127.0.0.1:1'], ROOT);
    expect(noCluster.code).toBe(1);
    expect(noCluster.stderr).toMatch(/^flink-ft jobs: Invalid Flink REST URL 'http:\/\/127\.0\.0\.1:1\/overview': fetch refuses this port/);

    expect((await cli(['cancel', 'not-a-job'], ROOT)).code).toBe(2);
    expect((await cli(['submit'], ROOT)).code).toBe(2);
    expect((await cli(['submit', jar, '--from-checkpoint', 'latest', '--from-savepoint', 'x'], ROOT)).stderr).toBe(
      'flink-ft submit: Use --from-checkpoint or --from-savepoint, not both.\n',
    );
  });
});
