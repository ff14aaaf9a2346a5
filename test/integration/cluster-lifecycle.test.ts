import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_FLINK_PROPERTIES,
  Wait,
  adoptCluster,
  managedFilter,
  projectDirs,
  type StartedFlinkCluster,
} from '../../core/cluster/index.js';
import { resetTaskManagers } from './support/reset-cluster.js';
import { tempWorkspace, testClusterBuilder, testRuntime } from './support/test-cluster.js';

const runtime = testRuntime();
// Detection is bounded by heartbeat.timeout; allow as much again for REST polling and a busy machine.
const DETECTION_BUDGET_MS = 2 * Number(DEFAULT_FLINK_PROPERTIES['heartbeat.timeout']) + 5_000;

describe('a local cluster with two TaskManagers', () => {
  let workspace: Awaited<ReturnType<typeof tempWorkspace>>;
  let cluster: StartedFlinkCluster;
  const builder = () => testClusterBuilder(runtime, workspace.path, 'lifecycle').withTaskManagers(2).withSlots(1);

  beforeAll(async () => {
    workspace = await tempWorkspace('lifecycle');
  });

  // Every test starts from the same cluster: running (adopted, or started again after a test took
  // it down) with exactly tm-1 and tm-2 registered, whatever an earlier test killed, stopped or added.
  beforeEach(async () => {
    cluster = await builder().start();
    await resetTaskManagers(cluster, { ids: ['tm-1', 'tm-2'] });
  });

  afterAll(async () => {
    await cluster?.down();
    await workspace?.[Symbol.asyncDispose]();
  });

  /** tm-2 SIGKILLed and no longer registered: the state the recovery of a crash starts from. */
  async function killTm2(): Promise<void> {
    await cluster.killTaskManager('tm-2');
    await Wait.forTaskManagerGone('tm-2').withTimeout(DETECTION_BUDGET_MS).waitUntilReady(cluster.waitTarget());
  }

  it('registers tm-1 and tm-2 in REST and serves the web UI', async () => {
    const tms = await cluster.rest.taskManagers();
    expect(tms.map((t) => t.id).sort()).toEqual(['tm-1', 'tm-2']);
    expect(tms.map((t) => t.slotsNumber)).toEqual([1, 1]);
    const ui = await fetch(cluster.restUrl + '/');
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('<html');
    const status = await cluster.status();
    expect(status.jobManager?.state).toBe('running');
    expect(status.taskManagers.map((t) => [t.id, t.state, t.registered])).toEqual([
      ['tm-1', 'running', true],
      ['tm-2', 'running', true],
    ]);
    expect(status.rest).toMatchObject({ reachable: true, slotsTotal: 2 });
  });

  it('applies our defaults: heartbeat, checkpoint and savepoint dirs in the mounted workspace', async () => {
    const config = await cluster.rest.jobManagerConfig();
    expect(config['heartbeat.timeout']).toBe(DEFAULT_FLINK_PROPERTIES['heartbeat.timeout']);
    expect(config['execution.checkpointing.dir']).toBe('file:///flink-data/checkpoints');
    expect(config['jobmanager.rpc.address']).toBe('jobmanager');
    const dirs = projectDirs(workspace.path);
    for (const dir of [dirs.checkpoints, dirs.savepoints, join(dirs.logs, 'tm-1'), join(dirs.logs, 'tm-2')]) {
      expect((await stat(dir)).isDirectory()).toBe(true);
    }
  });

  it('notices a SIGKILLed TaskManager within the configured detection time', async () => {
    const killed = await cluster.killTaskManager('tm-2');
    expect(killed.state).toBe('exited');
    const left = await Wait.forTaskManagerGone('tm-2').withTimeout(DETECTION_BUDGET_MS).waitUntilReady(cluster.waitTarget());
    expect(left.map((t) => t.id)).toEqual(['tm-1']);
  });

  it('adds a TaskManager with the next id and is back to two', async () => {
    await killTm2();
    const added = await cluster.addTaskManager();
    expect(added.id).toBe('tm-3');
    expect(added.state).toBe('running');
    const tms = await Wait.forTaskManagers({ count: 2, present: ['tm-3'] }).withTimeout(120_000).waitUntilReady(cluster.waitTarget());
    expect(tms.map((t) => t.id).sort()).toEqual(['tm-1', 'tm-3']);
  });

  it('restarts the killed TaskManager under its old id, and scale(2) removes the newest', async () => {
    await killTm2();
    const added = await cluster.addTaskManager({ waitUntilRegistered: true });
    expect(added.id).toBe('tm-3');
    await cluster.restartTaskManager('tm-2');
    await Wait.forTaskManagers({ count: 3, present: ['tm-2'] }).withTimeout(120_000).waitUntilReady(cluster.waitTarget());
    const after = await cluster.scale(2);
    expect(after.map((t) => [t.id, t.state])).toEqual([
      ['tm-1', 'running'],
      ['tm-2', 'running'],
    ]);
    await Wait.forTaskManagerGone('tm-3').withTimeout(DETECTION_BUDGET_MS).waitUntilReady(cluster.waitTarget());
  });

  it('stops a TaskManager with SIGTERM; Flink unregisters it', async () => {
    const stopped = await cluster.stopTaskManager('tm-1');
    expect(stopped.state).toBe('exited');
    await Wait.forTaskManagerGone('tm-1').withTimeout(DETECTION_BUDGET_MS).waitUntilReady(cluster.waitTarget());
  });

  it('adopts the running cluster instead of starting a second one', async () => {
    const before = await runtime.listContainers(managedFilter(cluster.name));
    const again = await testClusterBuilder(runtime, workspace.path, 'lifecycle').withTaskManagers(2).start();
    expect(again.adopted).toBe(true);
    expect(again.restUrl).toBe(cluster.restUrl);
    const found = await adoptCluster(runtime, { workspace: workspace.path });
    expect(found?.name).toBe(cluster.name);
    expect(found?.blueprint.properties['heartbeat.timeout']).toBe(DEFAULT_FLINK_PROPERTIES['heartbeat.timeout']);
    const after = await runtime.listContainers(managedFilter(cluster.name));
    expect(after.map((c) => c.id).sort()).toEqual(before.map((c) => c.id).sort());
    // The adopted handle drives the same containers.
    const added = await found!.addTaskManager({ waitUntilRegistered: true });
    expect(added.id).toBe('tm-3');
    expect((await cluster.taskManagers()).map((t) => t.id)).toEqual(['tm-1', 'tm-2', 'tm-3']);
  });

  it('down removes every container and the network, and keeps the checkpoints', async () => {
    const marker = join(projectDirs(workspace.path).checkpoints, 'keep-me');
    await writeFile(marker, 'x');
    await cluster.down();
    expect(await runtime.listContainers(managedFilter(cluster.name))).toEqual([]);
    expect(await runtime.listNetworks(managedFilter(cluster.name))).toEqual([]);
    expect((await stat(marker)).isFile()).toBe(true);
    expect(await adoptCluster(runtime, { workspace: workspace.path })).toBeUndefined();
  });
});

describe('down --purge', () => {
  it('also deletes checkpoints, savepoints and logs written by the containers', async () => {
    await using workspace = await tempWorkspace('purge');
    await using cluster = await testClusterBuilder(runtime, workspace.path, 'purge').withTaskManagers(1).start();
    const dirs = projectDirs(workspace.path);
    // Something the container user (uid 9999) wrote: the TaskManager's own log files.
    await Wait.forTaskManagers(1).waitUntilReady(cluster.waitTarget());
    expect((await stat(join(dirs.logs, 'tm-1'))).uid).toBe(9999);
    await cluster.down({ purge: true });
    await expect(stat(dirs.checkpoints)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(stat(dirs.logs)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await runtime.listContainers(managedFilter(cluster.name))).toEqual([]);
  });
});

describe('leftovers of a crashed start', () => {
  it('a network left without containers does not block a new start of the same name', async () => {
    await using workspace = await tempWorkspace('leftover');
    const builder = () => testClusterBuilder(runtime, workspace.path, 'leftover').withTaskManagers(0);
    const first = await builder().start();
    const jm = await first.jobManager();
    // A start that crashed after creating the network: only the labelled network is left.
    await runtime.removeContainer(jm!.id);
    expect((await runtime.listNetworks(managedFilter(first.name))).length).toBe(1);
    await using second = await builder().start();
    expect(second.adopted).toBe(false);
    const containers = await runtime.listContainers(managedFilter(second.name));
    expect(containers.map((c) => [c.name, c.state])).toEqual([[`flinkft-${second.name}-jobmanager`, 'running']]);
    expect(containers[0]!.id).not.toBe(jm!.id);
    expect((await second.rest.overview()).taskmanagers).toBe(0);
  });
});
