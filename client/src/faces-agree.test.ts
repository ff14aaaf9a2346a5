// The editor and the CLI are two faces over one core: the same choice, made in either, must start
// the same cluster and set up the same drill. A face that assembled its own set-up would fail here.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseClusterArgs } from '../../cli/src/commands/cluster-options.js';
import { runClusterCommand } from '../../cli/src/commands/cluster.js';
import { recoveryRequestOf as cliRecoveryRequest, startDrillCluster } from '../../cli/src/commands/recover.js';
import { parseRecoverOptions } from '../../cli/src/commands/recover-options.js';
import type { CliIo } from '../../cli/src/command.js';
import type { ContainerSpec } from '../../core/cluster/index.js';
import { FakeDocker } from '../../core/cluster/test-support/fake-docker.js';
import { freePort } from '../../core/flink-rest/test-support/free-port.js';
import { ASSERTION_CONFIG_FILE, CONTROL_ARGS, PROBE_ENTRY_CLASS, RECOVERY_CLUSTER_PROPERTIES, setUpRecoveryCheck } from '../../core/recovery/index.js';
import * as vscode from './cluster/test-support/fake-vscode-cluster.js';
import { recoveryRequestOf as editorRecoveryRequest } from './testing/recovery-request.js';

vi.mock('vscode', () => import('./cluster/test-support/fake-vscode-cluster.js'));
const { Config } = await import('./config.js');
const { ClusterManager } = await import('./cluster/cluster-manager.js');

const io: CliIo = { stdout: { write: () => true }, stderr: { write: () => true }, cwd: '/', stderrIsTTY: false, now: () => 0 };
let folder: string;

beforeEach(async () => {
  vscode.reset();
  // The image choice reads $FLINKFT_IMAGE; blank it so the project's version decides, in both faces.
  vi.stubEnv('FLINKFT_IMAGE', '');
  folder = await mkdtemp(join(tmpdir(), 'flinkft-faces-'));
  await writeFile(join(folder, 'pom.xml'), '<project><properties><flink.version>1.19.1</flink.version></properties></project>');
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(folder, { recursive: true, force: true });
});

/** The containers a start creates, with everything Docker is told (image, env, mounts, ports, labels). */
async function containersOf(start: (docker: FakeDocker) => Promise<unknown>): Promise<ContainerSpec[]> {
  const docker = new FakeDocker();
  try {
    await start(docker);
    return [...docker.containers.values()].map((c) => c.spec);
  } finally {
    await docker[Symbol.asyncDispose]();
  }
}

/** `flink-ft cluster up <argv>`, parsed. */
function up(argv: string[]): Extract<ReturnType<typeof parseClusterArgs>, { kind: 'up' }> {
  const invocation = parseClusterArgs(['up', ...argv]);
  if (invocation.kind !== 'up') throw new Error(`not an up invocation: ${argv.join(' ')}`);
  return invocation;
}

async function editorStart(settings: Record<string, unknown>, options: { forRecoveryDrill?: boolean } = {}): Promise<ContainerSpec[]> {
  for (const [key, value] of Object.entries(settings)) vscode.settings.set(`flinkFt.cluster.${key}`, value);
  vscode.workspace.workspaceFolders = [{ uri: { fsPath: folder } }];
  return containersOf(async (docker) => {
    const manager = new ClusterManager(new Config(), () => docker);
    try {
      await manager.start(() => undefined, options);
    } finally {
      manager.dispose();
    }
  });
}

describe('the editor and the CLI start the same cluster', () => {
  it('with a Kafka broker, its image and port', async () => {
    const [port, kafkaPort] = [await freePort(), await freePort()];
    const cli = await containersOf((docker) =>
      runClusterCommand(up(['--port', String(port), '--kafka', '--kafka-image', 'flinkft/kafka:local', '--kafka-port', String(kafkaPort)]), folder, docker, io, process.env),
    );
    const editor = await editorStart({ restPort: port, kafka: true, kafkaImage: 'flinkft/kafka:local', kafkaPort });
    // The broker is created while Flink's containers are: compare by name, not creation order.
    const byName = (specs: ContainerSpec[]) => [...specs].sort((a, b) => a.name.localeCompare(b.name));
    expect(byName(editor)).toEqual(byName(cli));
    const broker = cli.find((c) => c.labels['dev.flinkft.role'] === 'kafka');
    expect(broker).toMatchObject({ image: 'flinkft/kafka:local', ports: [{ containerPort: 19092, hostIp: '127.0.0.1', hostPort: kafkaPort }] });
    expect(cli).toHaveLength(4);
  });

  it('with high availability: ZooKeeper and the JobManagers on the same ports', async () => {
    const port = await freePort();
    const cli = await containersOf((docker) => runClusterCommand(up(['--port', String(port), '--ha', '--job-managers', '3']), folder, docker, io, process.env));
    const editor = await editorStart({ restPort: port, highAvailability: true, jobManagers: 3 });
    expect(editor).toEqual(cli);
    expect(cli.map((c) => c.labels['dev.flinkft.role'])).toEqual(['zookeeper', 'jobmanager', 'jobmanager', 'jobmanager', 'taskmanager', 'taskmanager']);
  });

  it('with nothing chosen', async () => {
    // Both default to 8081; a free port keeps the test off a cluster someone runs there.
    const port = await freePort();
    const cli = await containersOf((docker) => runClusterCommand(up(['--port', String(port)]), folder, docker, io, process.env));
    const editor = await editorStart({ restPort: port });
    expect(editor).toEqual(cli);
    expect(cli[0]?.image).toBe('flink:1.19.1-java17');
    expect(cli.length).toBe(3);
  });

  it('on an offline machine: $FLINKFT_IMAGE before the project version, in both', async () => {
    vi.stubEnv('FLINKFT_IMAGE', 'flinkft/flink:local');
    const port = await freePort();
    const cli = await containersOf((docker) => runClusterCommand(up(['--port', String(port)]), folder, docker, io, process.env));
    const editor = await editorStart({ restPort: port });
    expect(editor).toEqual(cli);
    expect(cli.map((c) => c.image)).toEqual(['flinkft/flink:local', 'flinkft/flink:local', 'flinkft/flink:local']);
  });

  it('with every choice made', async () => {
    const port = await freePort();
    const cli = await containersOf((docker) =>
      runClusterCommand(up(['-n', '1', '-s', '4', '-p', String(port), '--next-free-port', '--image', 'flinkft/flink:local']), folder, docker, io, process.env),
    );
    const editor = await editorStart({ taskManagers: 1, slots: 4, restPort: port, allowNextFreePort: true, image: 'flinkft/flink:local' });
    expect(editor).toEqual(cli);
    expect(cli.map((c) => c.image)).toEqual(['flinkft/flink:local', 'flinkft/flink:local']);
  });

  it("for a recovery drill: the drill's Flink properties, and off a taken port", async () => {
    // Someone else holds the port: a drill moves to the next free one from either face (a plain
    // start from the editor would fail with PortInUseError, flinkFt.cluster.allowNextFreePort being off).
    const port = await freePort();
    const holder = createServer();
    await new Promise<void>((done) => holder.listen(port, '127.0.0.1', done));
    try {
      const cli = await containersOf((docker) => startDrillCluster(parseRecoverOptions([folder, '--port', String(port)], '/'), folder, docker, io, process.env));
      const editor = await editorStart({ restPort: port }, { forRecoveryDrill: true });
      expect(editor).toEqual(cli);
      expect(cli[0]?.ports?.[0]?.hostPort).not.toBe(port);
      const properties = cli[0]?.env['FLINK_PROPERTIES'];
      for (const [key, value] of Object.entries(RECOVERY_CLUSTER_PROPERTIES)) expect(properties).toContain(`${key}: ${value}`);
    } finally {
      await new Promise((done) => holder.close(done));
    }
  });
});

describe('the editor and the CLI set up the same drill', () => {
  const probe = { id: `jvm:${PROBE_ENTRY_CLASS}`, label: 'FaultToleranceProbe', kind: 'jvm' as const, file: '/f', executeLine: 1, entryClass: PROBE_ENTRY_CLASS, probe: true };

  it("for a probe's negative control", async () => {
    const artifact = join(folder, 'examples/probe/java');
    const cli = await setUpRecoveryCheck(cliRecoveryRequest(parseRecoverOptions([artifact, '--class', PROBE_ENTRY_CLASS, '--control'], '/'), folder));
    const editor = await setUpRecoveryCheck(editorRecoveryRequest({ job: { ...probe, artifact }, control: true }, folder));
    expect(editor).toEqual(cli);
    expect(cli.job.args).toEqual(CONTROL_ARGS);
  });

  it("with the project's assertion file", async () => {
    await writeFile(join(folder, ASSERTION_CONFIG_FILE), JSON.stringify({ default: { progress: 'n=(?<value>\\d+)' } }));
    const artifact = join(folder, 'counts');
    const job = { ...probe, id: 'jvm:com.acme.Counts', entryClass: 'com.acme.Counts', probe: false, artifact };
    const cli = await setUpRecoveryCheck(cliRecoveryRequest(parseRecoverOptions([artifact, '--class', 'com.acme.Counts'], '/'), folder));
    const editor = await setUpRecoveryCheck(editorRecoveryRequest({ job, control: false }, folder));
    expect(editor).toEqual(cli);
    expect(cli.assertion).toEqual({ kind: 'regex', pattern: 'n=(?<value>\\d+)' });
  });
});
