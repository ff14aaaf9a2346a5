// The `flink-ft cluster` commands as users run them: the built CLI as a child process against the
// real engine and real Flink, with a workspace and port of its own (18281) so it never meets the
// clusters of other tests or users.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlinkRestClient } from '../../core/flink-rest/index.js';
import { ContainerStartError, Wait, adoptCluster, defaultClusterName, managedFilter, removeClusterResources } from '../../core/cluster/index.js';
import { ensureCliBuilt, type CliRun } from '../../cli/src/test-support/built-cli.js';
import { resetTaskManagers } from './support/reset-cluster.js';
import { runBuiltCliAsync } from './support/run-built-cli-async.js';
import { tempWorkspace, testImage, testRuntime } from './support/test-cluster.js';

const runtime = testRuntime();

interface StatusJson {
  running: boolean;
  adopted: boolean;
  name: string;
  restUrl: string;
  taskManagerIds: string[];
  taskManagers: { id: string; state: string; registered: boolean; limits?: unknown }[];
  containers: { role: string; id: string; name: string; state: string; tmId?: string }[];
}

function json<T>(run: CliRun): T {
  if (run.status !== 0) throw new Error(`flink-ft exited ${run.status}\n${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

describe('flink-ft cluster on real Docker', () => {
  let workspace: Awaited<ReturnType<typeof tempWorkspace>>;
  let cli: (...args: string[]) => Promise<CliRun>;

  beforeAll(async () => {
    ensureCliBuilt();
    workspace = await tempWorkspace('cli-cluster');
    cli = (...args) => runBuiltCliAsync([...args, '--workspace', workspace.path]);
  });

  afterAll(async () => {
    // The CLI labels by workspace, not by test run: clean up by the cluster's name.
    if (workspace) await removeClusterResources(runtime, defaultClusterName(workspace.path));
    await workspace?.[Symbol.asyncDispose]();
  });

  // Each test states the cluster it starts from and makes it so, whatever the test before it did
  // (or failed to do): the tests share the workspace's one cluster, not an order.
  const UP_ARGS = ['cluster', 'up', '--image', testImage(), '--port', '18281', '--next-free-port', '--slots', '1'];

  /** No cluster for the workspace. */
  async function givenNoCluster(): Promise<void> {
    await removeClusterResources(runtime, defaultClusterName(workspace.path));
  }

  /** The workspace's cluster as `up` leaves it: running, with exactly tm-1 and tm-2 registered. */
  async function givenClusterUp(): Promise<void> {
    let cluster = await adoptCluster(runtime, { workspace: workspace.path });
    if ((await cluster?.jobManager())?.state !== 'running' || !(await cluster?.startupComplete())) {
      json<StatusJson>(await cli(...UP_ARGS, '--json'));
      cluster = await adoptCluster(runtime, { workspace: workspace.path });
    }
    await resetTaskManagers(cluster!, { ids: ['tm-1', 'tm-2'] });
  }

  it('status without a cluster fails with exit 1 and says how to start one', async () => {
    await givenNoCluster();
    const run = await cli('cluster', 'status');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`No local Flink cluster runs for ${workspace.path}. Start one with 'flink-ft cluster up' (in that folder, or with --workspace).\n`);
  });

  it('up starts a JobManager and two registered TaskManagers, with progress on stderr', async () => {
    await givenNoCluster();
    const run = await cli(...UP_ARGS, '--json');
    const up = json<StatusJson>(run);
    expect(up).toMatchObject({ running: true, adopted: false, name: defaultClusterName(workspace.path), taskManagerIds: ['tm-1', 'tm-2'] });
    expect(up.restUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(up.taskManagers.map((tm) => [tm.id, tm.state, tm.registered])).toEqual([
      ['tm-1', 'running', true],
      ['tm-2', 'running', true],
    ]);
    expect(up.containers.map((c) => [c.role, c.tmId, c.state])).toEqual([
      ['jobmanager', undefined, 'running'],
      ['taskmanager', 'tm-1', 'running'],
      ['taskmanager', 'tm-2', 'running'],
    ]);
    expect(run.stderr).toContain(`Starting TaskManager tm-2\n`);
    expect(run.stderr).toContain(`Waiting for the web UI and 2 TaskManager(s) at ${up.restUrl}\n`);
  });

  it('status --json shows the same two TaskManagers', async () => {
    await givenClusterUp();
    const status = json<StatusJson>(await cli('cluster', 'status', '--json'));
    expect(status.taskManagers.map((tm) => [tm.id, tm.registered])).toEqual([
      ['tm-1', true],
      ['tm-2', true],
    ]);
  });

  it('kill-tm without an id kills the highest-numbered TaskManager, and Flink drops it', async () => {
    await givenClusterUp();
    const run = await cli('cluster', 'kill-tm');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Killed tm-2 with SIGKILL, like a crash \(container \S+-tm-2 is exited\)\./);
    const { restUrl } = json<StatusJson>(await cli('cluster', 'status', '--json'));
    const rest = new FlinkRestClient({ baseUrl: restUrl });
    const left = await Wait.forTaskManagerGone('tm-2').withTimeout(60_000).waitUntilReady({ rest });
    expect(left.map((tm) => tm.id)).toEqual(['tm-1']);
  });

  it('kill-tm of an unknown id fails with exit 1, listing the known ones', async () => {
    await givenClusterUp();
    const run = await cli('cluster', 'kill-tm', 'tm-9');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("flink-ft cluster kill-tm: No TaskManager 'tm-9' in this cluster. Known TaskManagers: tm-1, tm-2.\n");
  });

  it('add-tm starts tm-3 and waits until Flink registers it', async () => {
    await givenClusterUp();
    const added = json<{ action: string; taskManager: { id: string; state: string } }>(await cli('cluster', 'add-tm', '--json'));
    expect(added).toMatchObject({ action: 'added', taskManager: { id: 'tm-3', state: 'running' } });
    const status = json<StatusJson>(await cli('cluster', 'status', '--json'));
    expect(status.taskManagers.filter((tm) => tm.registered).map((tm) => tm.id)).toEqual(['tm-1', 'tm-2', 'tm-3']);
  });

  it('add-tm --cpus --memory --slots gives tm-3 its own limits: Docker, Flink and status agree', async () => {
    await givenClusterUp();
    const added = json<{ taskManager: { id: string; containerId: string; limits: unknown } }>(
      await cli('cluster', 'add-tm', '--cpus', '0.5', '--memory', '1280m', '--slots', '3', '--json'),
    );
    expect(added.taskManager).toMatchObject({ id: 'tm-3', limits: { cpus: 0.5, memoryBytes: 1280 * 1024 ** 2, slots: 3 } });
    const details = await runtime.inspectContainer(added.taskManager.containerId);
    expect(details.resources).toEqual({ cpus: 0.5, memoryBytes: 1280 * 1024 ** 2 });
    const status = json<StatusJson>(await cli('cluster', 'status', '--json'));
    const rest = new FlinkRestClient({ baseUrl: status.restUrl });
    const slots = Object.fromEntries((await rest.taskManagers()).map((tm) => [tm.id, tm.slotsNumber]));
    expect(slots).toEqual({ 'tm-1': 1, 'tm-2': 1, 'tm-3': 3 });
    expect(status.taskManagers.find((tm) => tm.id === 'tm-3')).toMatchObject({ registered: true, limits: { cpus: 0.5, memoryBytes: 1280 * 1024 ** 2, slots: 3 } });
    expect((await cli('cluster', 'status')).stdout).toMatch(/tm-3 +running +registered, 3 slots \(3 free\) +\S+-tm-3 +\(0\.5 CPUs, 1280 MiB, 3 slots\)/);
  });

  it('a TaskManager whose container exits before registering fails at once with its log, not after the timeout', async () => {
    await givenClusterUp();
    const cluster = (await adoptCluster(runtime, { workspace: workspace.path }))!;
    // 1 GiB: below what Flink's memory model fits in (the CLI refuses it; the library call does not).
    const adding = cluster.addTaskManager({ waitUntilRegistered: true, timeoutMs: 600_000, limits: { memoryBytes: 1024 ** 3 } });
    const error = await adding.then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ContainerStartError);
    expect((error as Error).message).toMatch(/^Container \S+-tm-3 did not start: it exited with code [1-9]\d* before registering with the JobManager\. It stays \(exited, its logs kept\)/);
    expect((error as Error).message).toContain('exceed configured Total Flink Memory');
    expect((await cluster.taskManagers()).find((tm) => tm.id === 'tm-3')?.state).toBe('exited');
  });

  it('up again adopts the running cluster instead of starting a second one', async () => {
    await givenClusterUp();
    const before = (await runtime.listContainers(managedFilter(defaultClusterName(workspace.path)))).map((c) => c.id).sort();
    const again = json<StatusJson>(await cli(...UP_ARGS, '--json'));
    expect(again.adopted).toBe(true);
    expect(again.containers.map((c) => c.id).sort()).toEqual(before);
  });

  it('down leaves no container or network with our labels', async () => {
    await givenClusterUp();
    const run = await cli('cluster', 'down');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Cluster '${defaultClusterName(workspace.path)}' removed.`);
    const name = defaultClusterName(workspace.path);
    expect(await runtime.listContainers(managedFilter(name))).toEqual([]);
    expect(await runtime.listNetworks(managedFilter(name))).toEqual([]);
    expect(await cli('cluster', 'down')).toEqual({ status: 0, stdout: '', stderr: `No local Flink cluster runs for ${workspace.path}; nothing to remove.\n` });
  });
});
