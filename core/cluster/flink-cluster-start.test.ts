// Start-up against an in-memory Docker whose JobManager answers REST on its real port: a half-started
// cluster (Ctrl+C, a crash) is never adopted, an interrupted start removes what it created, and a
// symlinked `.flink` stops start-up before any container could mount it (issue 18).
import { mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adoptCluster } from './adopt-cluster.js';
import { defaultClusterName, jobManagerSpec } from './cluster-blueprint.js';
import { FlinkCluster, type ClusterProgress } from './flink-cluster.js';
import { LABEL_WORKSPACE, clusterLabels } from './labels.js';
import { useFakeDockerProject } from './test-support/fake-docker-project.js';

const project = useFakeDockerProject('flinkft-start-');

function builder(progress: ClusterProgress[] = []): FlinkCluster {
  return new FlinkCluster(project.docker).withWorkspace(project.workspace).withImage('flinkft/flink:test').withRestPort(project.port).withTaskManagers(2).withProgress((p) => progress.push(p));
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
    const name = defaultClusterName(project.workspace);
    const labels = clusterLabels({ cluster: name, workspace: project.workspace, restPort: project.port });
    const stale = await project.docker.addRunning(jobManagerSpec({ name, workspace: project.workspace, image: 'flinkft/flink:test', restPort: project.port, properties: {}, labels }));

    const progress: ClusterProgress[] = [];
    const cluster = await builder(progress).start();
    expect(cluster.adopted).toBe(false);
    expect(progress[0]).toEqual({ step: 'adopt', message: `Cluster '${name}' never finished starting (interrupted?); removing it and starting afresh` });
    expect(project.docker.containers.has(stale)).toBe(false);
    expect((await cluster.taskManagers()).map((tm) => tm.state)).toEqual(['running', 'running']);
    expect(await cluster.startupComplete()).toBe(true);
  });

  it('an abort during start-up removes every container, network and marker of this start, then throws the reason', async () => {
    const controller = new AbortController();
    const reason = new Error('interrupted');
    project.docker.beforeStart = (spec) => {
      if (spec.name.endsWith('-tm-2')) controller.abort(reason);
    };
    await expect(builder().start({ signal: controller.signal })).rejects.toBe(reason);
    expect([...project.docker.containers.keys()]).toEqual([]);
    expect([...project.docker.networks.keys()]).toEqual([]);
    expect([...project.docker.volumes.keys()]).toEqual([]);
  });

  it('an abort while waiting for the TaskManagers cleans up as well', async () => {
    const controller = new AbortController();
    project.docker.registerTaskManagers = false;
    project.docker.onRestRequest = (url) => {
      if (url === '/taskmanagers') controller.abort(new Error('interrupted'));
    };
    await expect(builder().start({ signal: controller.signal })).rejects.toThrow('interrupted');
    expect(project.docker.containers.size).toBe(0);
    expect(project.docker.volumes.size).toBe(0);
  });
});

describe('FlinkCluster.start and a symlinked .flink', () => {
  it('refuses before any container exists, and leaves the link target alone', async () => {
    const victim = join(project.base, 'victim');
    await mkdir(victim);
    await writeFile(join(victim, 'precious.txt'), 'x');
    await symlink('../victim', join(project.workspace, '.flink'));
    const error = await builder().start().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'UnsafeDataDirError', problem: 'symlink' });
    expect(project.docker.containers.size).toBe(0);
    expect(await readdir(victim)).toEqual(['precious.txt']);
  });
});

describe('down --purge', () => {
  it('refuses a purge for a cluster without a workspace label, and deletes nothing in the current folder', async () => {
    const cwdProject = join(project.base, 'cwd');
    await mkdir(join(cwdProject, '.flink', 'checkpoints'), { recursive: true });
    await writeFile(join(cwdProject, '.flink', 'checkpoints', 'chk'), 'x');
    const labels = clusterLabels({ cluster: 'orphan', workspace: '/unused', restPort: project.port });
    delete labels[LABEL_WORKSPACE];
    await project.docker.addRunning(jobManagerSpec({ name: 'orphan', workspace: cwdProject, image: 'i', restPort: project.port, properties: {}, labels }));
    const cluster = (await adoptCluster(project.docker, { name: 'orphan' }))!;
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
    expect(project.docker.execs).toEqual([]);
  });

  it('refuses a purge through a symlinked .flink/checkpoints before the JobManager deletes anything', async () => {
    const cluster = await builder().start();
    await rm(join(project.workspace, '.flink', 'checkpoints'), { recursive: true });
    await symlink(project.base, join(project.workspace, '.flink', 'checkpoints'));
    await expect(cluster.down({ purge: true })).rejects.toMatchObject({ name: 'UnsafeDataDirError' });
    expect(project.docker.execs).toEqual([]);
  });
});
