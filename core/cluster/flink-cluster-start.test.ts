// Start-up against an in-memory Docker whose JobManager answers REST on its real port: a half-started
// cluster (Ctrl+C, a crash) is never adopted, an interrupted start removes what it created, and a
// symlinked `.flink` stops start-up before any container could mount it (issue 18).
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freePort } from '../flink-rest/test-support/free-port.js';
import { adoptCluster } from './adopt-cluster.js';
import { defaultClusterName, jobManagerSpec } from './cluster-blueprint.js';
import { FlinkCluster, type ClusterProgress } from './flink-cluster.js';
import { LABEL_WORKSPACE, clusterLabels } from './labels.js';
import { FakeDocker } from './test-support/fake-docker.js';

let base: string;
let workspace: string;
let docker: FakeDocker;
let port: number;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'flinkft-start-'));
  workspace = join(base, 'project');
  await mkdir(workspace);
  docker = new FakeDocker();
  port = await freePort();
});
afterEach(async () => {
  await docker[Symbol.asyncDispose]();
  await rm(base, { recursive: true, force: true });
});

function builder(progress: ClusterProgress[] = []): FlinkCluster {
  return new FlinkCluster(docker).withWorkspace(workspace).withImage('flinkft/flink:test').withRestPort(port).withTaskManagers(2).withProgress((p) => progress.push(p));
}

describe('FlinkCluster.start and half-started clusters', () => {
  it('a finished start-up leaves its marker, and the next start adopts that cluster', async () => {
    const first = await builder().start();
    expect(await first.startupComplete()).toBe(true);
    const progress: ClusterProgress[] = [];
    const second = await builder(progress).start();
    expect(second.adopted).toBe(true);
    expect(progress.map((p) => p.step)).toEqual(['adopt']);
  });

  it('a cluster whose start-up never finished is removed and started afresh, not adopted', async () => {
    // What an interrupted `up` leaves: a running JobManager of this name, no start marker.
    const name = defaultClusterName(workspace);
    const labels = clusterLabels({ cluster: name, workspace, restPort: port });
    const stale = await docker.addRunning(jobManagerSpec({ name, workspace, image: 'flinkft/flink:test', restPort: port, properties: {}, labels }));

    const progress: ClusterProgress[] = [];
    const cluster = await builder(progress).start();
    expect(cluster.adopted).toBe(false);
    expect(progress[0]).toEqual({ step: 'adopt', message: `Cluster '${name}' never finished starting (interrupted?); removing it and starting afresh` });
    expect(docker.containers.has(stale)).toBe(false);
    expect((await cluster.taskManagers()).map((tm) => tm.state)).toEqual(['running', 'running']);
    expect(await cluster.startupComplete()).toBe(true);
  });

  it('an abort during start-up removes every container, network and marker of this start, then throws the reason', async () => {
    const controller = new AbortController();
    const reason = new Error('interrupted');
    docker.beforeStart = (spec) => {
      if (spec.name.endsWith('-tm-2')) controller.abort(reason);
    };
    await expect(builder().start({ signal: controller.signal })).rejects.toBe(reason);
    expect([...docker.containers.keys()]).toEqual([]);
    expect([...docker.networks.keys()]).toEqual([]);
    expect([...docker.volumes.keys()]).toEqual([]);
  });

  it('an abort while waiting for the TaskManagers cleans up as well', async () => {
    const controller = new AbortController();
    docker.registerTaskManagers = false;
    docker.onRestRequest = (url) => {
      if (url === '/taskmanagers') controller.abort(new Error('interrupted'));
    };
    await expect(builder().start({ signal: controller.signal })).rejects.toThrow('interrupted');
    expect(docker.containers.size).toBe(0);
    expect(docker.volumes.size).toBe(0);
  });
});

describe('FlinkCluster.start and a symlinked .flink', () => {
  it('refuses before any container exists, and leaves the link target alone', async () => {
    const victim = join(base, 'victim');
    await mkdir(victim);
    await writeFile(join(victim, 'precious.txt'), 'x');
    await symlink('../victim', join(workspace, '.flink'));
    const error = await builder().start().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'UnsafeDataDirError', problem: 'symlink' });
    expect(docker.containers.size).toBe(0);
    expect(await readdir(victim)).toEqual(['precious.txt']);
  });
});

describe('down --purge', () => {
  it('refuses a purge for a cluster without a workspace label, and deletes nothing in the current folder', async () => {
    const cwdProject = join(base, 'cwd');
    await mkdir(join(cwdProject, '.flink', 'checkpoints'), { recursive: true });
    await writeFile(join(cwdProject, '.flink', 'checkpoints', 'chk'), 'x');
    const labels = clusterLabels({ cluster: 'orphan', workspace: '/unused', restPort: port });
    delete labels[LABEL_WORKSPACE];
    await docker.addRunning(jobManagerSpec({ name: 'orphan', workspace: cwdProject, image: 'i', restPort: port, properties: {}, labels }));
    const cluster = (await adoptCluster(docker, { name: 'orphan' }))!;
    const previous = process.cwd();
    process.chdir(cwdProject);
    try {
      const error = await cluster.down({ purge: true }).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'ClusterError' });
      expect((error as Error).message).toContain("Cluster 'orphan' carries no workspace label");
    } finally {
      process.chdir(previous);
    }
    expect(await readdir(join(cwdProject, '.flink', 'checkpoints'))).toEqual(['chk']);
    expect(docker.execs).toEqual([]);
  });

  it('refuses a purge through a symlinked .flink/checkpoints before the JobManager deletes anything', async () => {
    const cluster = await builder().start();
    await rm(join(workspace, '.flink', 'checkpoints'), { recursive: true });
    await symlink(base, join(workspace, '.flink', 'checkpoints'));
    await expect(cluster.down({ purge: true })).rejects.toMatchObject({ name: 'UnsafeDataDirError' });
    expect(docker.execs).toEqual([]);
  });
});
