import { createServer, type Server } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  ContainerStartError,
  DockerRuntimeClient,
  DockerUnavailableError,
  FlinkCluster,
  ImageMissingError,
  PortInUseError,
  managedFilter,
} from '../../core/cluster/index.js';
import { tempWorkspace, testClusterBuilder, testRuntime } from './support/test-cluster.js';
import { freePort } from './support/free-port.js';

const runtime = testRuntime();

async function occupy(port: number): Promise<Server & AsyncDisposable> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return Object.assign(server, { [Symbol.asyncDispose]: () => new Promise<void>((resolve) => server.close(() => resolve())) });
}

describe('start-up errors', () => {
  it('a port held by another program gives PortInUseError naming the port and how to choose another', async () => {
    await using workspace = await tempWorkspace('port');
    const port = await freePort();
    await using _blocker = await occupy(port);
    const builder = testClusterBuilder(runtime, workspace.path, 'port').withRestPort(port).withNextFreePortAllowed(false);
    const error = await builder.start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortInUseError);
    expect((error as PortInUseError).port).toBe(port);
    expect((error as PortInUseError).owner).toEqual({ kind: 'other' });
    expect((error as Error).message).toBe(
      `Port ${port} on 127.0.0.1 is already in use by another program. Stop that program, or choose another port ` +
        '(`flink-ft cluster up --port <p>`, or allow the next free port).',
    );
    expect(await runtime.listContainers(managedFilter(`it-port-${process.pid}`))).toEqual([]);
  });

  it('a port held by another of our clusters names that cluster; with next-free allowed the next port is used', async () => {
    await using workspaceA = await tempWorkspace('owner-a');
    await using workspaceB = await tempWorkspace('owner-b');
    const port = await freePort();
    await using a = await testClusterBuilder(runtime, workspaceA.path, 'owner-a').withRestPort(port).withNextFreePortAllowed(false).withTaskManagers(0).start();
    const error = await testClusterBuilder(runtime, workspaceB.path, 'owner-b').withRestPort(port).withNextFreePortAllowed(false).start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortInUseError);
    expect((error as PortInUseError).owner).toEqual({ kind: 'flinkft-cluster', cluster: a.name, workspace: workspaceA.path });
    expect((error as Error).message).toContain(`by the local Flink cluster '${a.name}' of workspace ${workspaceA.path}`);

    await using b = await testClusterBuilder(runtime, workspaceB.path, 'owner-b').withRestPort(port).withNextFreePortAllowed(true).withTaskManagers(0).start();
    expect(b.blueprint.restPort).toBeGreaterThan(port);
    expect((await b.rest.overview()).taskmanagers).toBe(0);
  });

  it('an engine that is not there gives DockerUnavailableError with the fix', async () => {
    await using workspace = await tempWorkspace('nodocker');
    const absent = new DockerRuntimeClient({ socketPath: '/nonexistent/docker.sock' });
    const error = await new FlinkCluster(absent).withWorkspace(workspace.path).start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DockerUnavailableError);
    expect((error as DockerUnavailableError).reason).toBe('not-found');
    expect((error as Error).message).toBe(
      'No Docker engine at unix:///nonexistent/docker.sock: Docker is not installed or not running (ENOENT during ping). ' +
        'Install Docker (https://docs.docker.com/engine/install/) and start it, or point DOCKER_HOST at a running engine.',
    );
  });

  it('a local image that was never built gives ImageMissingError saying how to build it', async () => {
    await using workspace = await tempWorkspace('noimage');
    const error = await testClusterBuilder(runtime, workspace.path, 'noimage').withImage('flinkft/flink:does-not-exist').start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImageMissingError);
    expect((error as Error).message).toBe(
      'The Flink image flinkft/flink:does-not-exist is not available (not on this machine and pulling is off). ' +
        'Pull it with `docker pull flinkft/flink:does-not-exist` (needs access to a registry), or, offline, build the local image with ' +
        '`bash scripts/build-flink-image.sh` and use `flinkft/flink:local`.',
    );
  });

  it('an image whose registry cannot be reached gives ImageMissingError from the failed pull', async () => {
    await using workspace = await tempWorkspace('pull');
    // 127.0.0.1:9 (discard) refuses at once: a registry that is not there, without touching the network.
    const error = await testClusterBuilder(runtime, workspace.path, 'pull')
      .withImage('127.0.0.1:9/flink:1.20-java17')
      .withPullPolicy('missing')
      .start()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImageMissingError);
    expect((error as Error).message).toMatch(/^The Flink image 127\.0\.0\.1:9\/flink:1\.20-java17 is not available \(pull failed: .+\)\. Pull it with/);
  });

  it('a JobManager that cannot start gives ContainerStartError with its last log lines, and nothing is left behind', async () => {
    await using workspace = await tempWorkspace('badjm');
    const name = `it-badjm-${process.pid}`;
    const error = await testClusterBuilder(runtime, workspace.path, 'badjm')
      .withFlinkProperties({ 'jobmanager.memory.process.size': '1m' })
      .withTaskManagers(0)
      .withStartupTimeout(120_000)
      .start()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContainerStartError);
    expect((error as ContainerStartError).container).toBe(`flinkft-${name}-jobmanager`);
    expect((error as Error).message).toMatch(/did not start: it exited with code [1-9]/);
    expect((error as ContainerStartError).logTail.join('\n')).toMatch(/memory/i);
    expect(await runtime.listContainers(managedFilter(name))).toEqual([]);
    expect(await runtime.listNetworks(managedFilter(name))).toEqual([]);
  });
});
