// The official image `flink:1.20-java17` cannot be pulled on these machines, so the Docker tier runs
// our local image only (test/integration/image-contract.test.ts checks that image's side of the
// contract). This test checks the other side: the containers FlinkCluster would create for the
// official image use nothing but the contract both images share (docs/image-contract.md), so a
// change that starts to depend on something only our local image has (Python, its JAVA_HOME, its
// user setup, its opt/ jars) fails here instead of on users' machines.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FlinkCluster } from './flink-cluster.js';
import { parseFlinkProperties } from './flink-properties.js';
import { LABEL_ROLE, clusterLabels } from './labels.js';
import type { ContainerDetails, ContainerSpec, ContainerSummary, ExecResult, LogFollow, NetworkSummary, RuntimeClient, VolumeSummary } from './runtime/runtime-client.js';
import { StartedFlinkCluster } from './started-flink-cluster.js';
import { FLINK_UID } from './project-dirs.js';

const OFFICIAL_IMAGE = 'flink:1.20-java17';

/** Stops start() once every container is created and started: nothing here answers REST. */
class StopAfterLastStart extends Error {}

/**
 * Records what start() asks Docker for. Nothing exists at first (no image, no cluster); starting
 * the last TaskManager throws, so start() ends before it would wait for the web UI.
 */
class RecordingRuntime implements RuntimeClient {
  readonly endpoint = 'fake://recording';
  readonly pulled: string[] = [];
  readonly specs: ContainerSpec[] = [];
  readonly execs: { cmd: string[]; user?: string }[] = [];
  constructor(private readonly lastContainerName: string) {}

  async ping(): Promise<void> {}
  async imageExists(): Promise<boolean> {
    return false;
  }
  async pullImage(ref: string): Promise<void> {
    this.pulled.push(ref);
  }
  async createNetwork(): Promise<string> {
    return 'net-1';
  }
  async listNetworks(): Promise<NetworkSummary[]> {
    return [];
  }
  async removeNetwork(): Promise<void> {}
  async createVolume(): Promise<void> {}
  async listVolumes(): Promise<VolumeSummary[]> {
    return [];
  }
  async removeVolume(): Promise<void> {}
  async createContainer(spec: ContainerSpec): Promise<string> {
    this.specs.push(spec);
    return `id-${this.specs.length - 1}`;
  }
  async startContainer(id: string): Promise<void> {
    if (this.specs[Number(id.slice(3))]?.name === this.lastContainerName) throw new StopAfterLastStart();
  }
  async listContainers(): Promise<ContainerSummary[]> {
    return [];
  }
  async inspectContainer(): Promise<ContainerDetails> {
    throw new Error('not expected: nothing exists');
  }
  async killContainer(): Promise<void> {}
  async stopContainer(): Promise<void> {}
  async removeContainer(): Promise<void> {}
  async pauseContainer(): Promise<void> {}
  async unpauseContainer(): Promise<void> {}
  async disconnectNetwork(): Promise<void> {}
  async connectNetwork(): Promise<void> {}
  async containerNetworks(): Promise<string[]> {
    return [];
  }
  async updateContainerResources(): Promise<void> {}
  async containerMemoryUsage(): Promise<number> {
    return 0;
  }
  async containerLogs(): Promise<string[]> {
    return [];
  }
  async followContainerLogs(): Promise<LogFollow> {
    return { stop: () => undefined, done: Promise.resolve() };
  }
  async exec(_id: string, cmd: string[], options?: { user?: string }): Promise<ExecResult> {
    this.execs.push({ cmd, ...options });
    return { exitCode: 0, output: '' };
  }
}

// ---- The shared contract (docs/image-contract.md), as allow-lists ----

/** ContainerSpec fields the runtime maps to Docker; anything else (user, entrypoint, working dir …) would override the image. */
const SPEC_FIELDS = ['binds', 'cmd', 'env', 'hostname', 'image', 'labels', 'name', 'network', 'networkAliases', 'ports'];

/**
 * Environment the official entrypoint (§2) and Flink's bin/config.sh (§5) read. We only use the
 * four below; ENABLE_BUILT_IN_PLUGINS is deliberately not allowed (the images' opt/ folders differ, §8).
 */
const CONTRACT_ENV = ['FLINK_LOG_DIR', 'FLINK_PROPERTIES', 'JOB_MANAGER_RPC_ADDRESS', 'STD_REDIRECT_TO_FILE'];

/** Mount points of our own, outside everything the image ships (mounting over /opt/flink/conf would need every file there, §2). */
const MOUNT_ROOTS = ['/flink-data', '/workspace'];

/** What only the local image has (§8): Python/PyFlink, Debian's JAVA_HOME; also the official image's (temurin) one. */
const LOCAL_ONLY = /python|pyflink|\/usr\/lib\/jvm|\/opt\/java|\/usr\/local\/lib/i;

function under(path: string, roots: readonly string[]): boolean {
  return roots.some((root) => path === root || path.startsWith(`${root}/`));
}

describe('containers for the official image rely only on the shared image contract', () => {
  let workspace: string;
  let runtime: RecordingRuntime;
  let specs: ContainerSpec[];

  beforeEach(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'flinkft-official-contract-'));
    runtime = new RecordingRuntime('flinkft-official-tm-2');
    // The builder's defaults, as a user gets them: no withImage, so the official image of the default version.
    const started = new FlinkCluster(runtime).withWorkspace(workspace).withName('official').withRestPort(18571).withNextFreePortAllowed().start();
    await expect(started).rejects.toBeInstanceOf(StopAfterLastStart);
    specs = runtime.specs;
  });

  afterEach(async () => {
    await rm(workspace, { recursive: true, force: true });
  });

  it('uses flink:1.20-java17 by default and starts it with the entrypoint commands jobmanager and taskmanager only', () => {
    expect(runtime.pulled).toEqual([OFFICIAL_IMAGE]);
    expect(specs.map((s) => [s.name, s.image, s.cmd])).toEqual([
      ['flinkft-official-jobmanager', OFFICIAL_IMAGE, ['jobmanager']],
      ['flinkft-official-tm-1', OFFICIAL_IMAGE, ['taskmanager']],
      ['flinkft-official-tm-2', OFFICIAL_IMAGE, ['taskmanager']],
    ]);
    // Nothing is run inside a container while starting (e.g. a python or local-only tool).
    expect(runtime.execs).toEqual([]);
  });

  it('overrides no image default: no user, entrypoint or working directory; the image runs as its own flink user (uid 9999)', () => {
    for (const spec of specs) expect(Object.keys(spec).filter((field) => !SPEC_FIELDS.includes(field)), spec.name).toEqual([]);
    // The host folders are handed to the image's flink user, which both images define as 9999 (§3).
    expect(FLINK_UID).toBe(9999);
  });

  it('passes only environment variables the entrypoint and bin/config.sh read, with values the scripts understand', () => {
    for (const spec of specs) {
      expect(Object.keys(spec.env).sort(), spec.name).toEqual(CONTRACT_ENV);
      // bin/config.sh compares with the literal `true` (§5).
      expect(spec.env['STD_REDIRECT_TO_FILE'], spec.name).toBe('true');
      expect(spec.env['JOB_MANAGER_RPC_ADDRESS'], spec.name).toBe('jobmanager');
      // Logs go to a bind mount of ours, never into the image's own /opt/flink/log.
      expect(under(spec.env['FLINK_LOG_DIR']!, spec.binds!.map((b) => b.containerPath)), spec.name).toBe(true);
    }
    expect(specs.map((s) => s.env['FLINK_LOG_DIR'])).toEqual(['/flink-data/logs/jobmanager', '/flink-data/logs', '/flink-data/logs']);
  });

  it('writes FLINK_PROPERTIES the entrypoint can read: one key: value per line, nothing it would strip or substitute', () => {
    for (const spec of specs) {
      const text = spec.env['FLINK_PROPERTIES']!;
      for (const line of text.split('\n')) {
        // The entrypoint removes all whitespace from a line, splits at the first ':' and runs the value through envsubst (§2).
        expect(line, spec.name).toMatch(/^[a-z0-9.-]+: [^\s$]+$/i);
      }
      const properties = parseFlinkProperties(text);
      expect(properties['jobmanager.rpc.address'], spec.name).toBe('jobmanager');
      // Nothing that needs Python (official: none) or names a local-only path.
      expect(Object.keys(properties).filter((k) => k.startsWith('python.') || k === 'env.java.home'), spec.name).toEqual([]);
      expect(Object.entries(properties).filter(([k, v]) => LOCAL_ONLY.test(`${k} ${v}`)), spec.name).toEqual([]);
      // Every path Flink is told to use is one of our mounts.
      const paths = Object.values(properties)
        .map((v) => /^(?:file:\/\/)?(\/.*)$/.exec(v)?.[1])
        .filter((p): p is string => p !== undefined);
      expect(paths.length, spec.name).toBeGreaterThan(0);
      for (const path of paths) expect(under(path, spec.binds!.map((b) => b.containerPath)), `${spec.name}: ${path}`).toBe(true);
    }
    expect(specs.map((s) => parseFlinkProperties(s.env['FLINK_PROPERTIES']!)['taskmanager.resource-id'])).toEqual([undefined, 'tm-1', 'tm-2']);
  });

  it('mounts only under its own paths and publishes only the REST port the image exposes (8081), on 127.0.0.1', () => {
    for (const spec of specs) {
      for (const bind of spec.binds ?? []) expect(under(bind.containerPath, MOUNT_ROOTS), `${spec.name}: ${bind.containerPath}`).toBe(true);
      expect(JSON.stringify(spec), spec.name).not.toMatch(LOCAL_ONLY);
    }
    expect(specs.map((s) => s.ports ?? [])).toEqual([[{ containerPort: 8081, hostIp: '127.0.0.1', hostPort: expect.any(Number) }], [], []]);
  });

  it('runs commands in the JobManager as an explicit user, so they do not depend on the image default (root in 1.20, flink in 2.2+)', async () => {
    const labels = clusterLabels({ cluster: 'official', workspace, restPort: 18571 });
    const jm: ContainerSummary = { id: 'jm', name: 'flinkft-official-jobmanager', image: OFFICIAL_IMAGE, state: 'running', labels: { ...labels, [LABEL_ROLE]: 'jobmanager' }, ports: [] };
    runtime.listContainers = async () => [jm];
    const cluster = new StartedFlinkCluster(runtime, { name: 'official', workspace, image: OFFICIAL_IMAGE, restPort: 18571, properties: {}, labels });
    await cluster.execInJobManager(['flink', 'list']);
    expect(runtime.execs).toEqual([{ cmd: ['flink', 'list'], user: '0' }]);
  });
});
