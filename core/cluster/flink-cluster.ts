import { isAbsolute } from 'node:path';
import { adoptCluster, clusterOnPort } from './adopt-cluster.js';
import {
  defaultClusterName,
  isValidClusterName,
  jobManagerContainerName,
  jobManagerSpec,
  networkName,
  startMarkerName,
  taskManagerId,
  taskManagerSpec,
  type ClusterBlueprint,
} from './cluster-blueprint.js';
import { removeClusterResources } from './cluster-cleanup.js';
import { DEFAULT_CLUSTER_SETTINGS } from './cluster-settings.js';
import { collectLogTail } from './container-log-tail.js';
import { watchContainers } from './container-watch.js';
import { ClusterError } from './errors/cluster-error.js';
import { ContainerStartError } from './errors/container-start-error.js';
import { isDockerApiError } from './errors/docker-api-error.js';
import { isDockerUnavailableError } from './errors/docker-unavailable-error.js';
import { PortInUseError } from './errors/port-in-use-error.js';
import { CONTAINER_LOG_DIR, DEFAULT_FLINK_PROPERTIES, mergeFlinkProperties } from './flink-properties.js';
import { DEFAULT_FLINK_VERSION, ensureImage, officialImage, type PullPolicy } from './image-resolver.js';
import { LABEL_JM_ID, LABEL_ROLE, LABEL_TM_ID, START_MARKER_ROLE, clusterLabels, managedFilter } from './labels.js';
import { KafkaBroker } from './kafka/kafka-broker.js';
import type { KafkaOptions } from './kafka/kafka-blueprint.js';
import { startKafkaBroker, type KafkaStartInput } from './kafka/kafka-start.js';
import { isPortFree } from './port-probe.js';
import type { PullProgress, RuntimeClient } from './runtime/runtime-client.js';
import { StartedFlinkCluster } from './started-flink-cluster.js';
import { haJobManagerSpec, haProperties, jobManagerHaId, zooKeeperSpec, type JobManagerSlot } from './ha/ha-blueprint.js';
import { ensureProjectDir } from './project-dir-guard.js';
import { Wait } from './wait/wait.js';
import { logDirOf, prepareProjectDirs } from './project-dirs.js';

/** Start-up steps, for progress notifications (editor) and progress lines (CLI). */
export type ClusterProgress =
  | { step: 'adopt'; message: string }
  | { step: 'image'; message: string; pull?: PullProgress }
  | { step: 'create'; message: string }
  | { step: 'wait'; message: string };

const NEXT_FREE_PORT_ATTEMPTS = 50;
const DEFAULT_STARTUP_TIMEOUT_MS = 180_000;

/**
 * Builder for a local Flink session cluster on Docker: one JobManager and N TaskManagers on a
 * labelled bridge network. start() returns a StartedFlinkCluster, or adopts the running cluster of
 * the same name instead of starting a second one.
 *
 * @example
 * await using cluster = await new FlinkCluster(runtime).withWorkspace('/abs/project').start();
 */
export class FlinkCluster {
  private image?: string;
  private flinkVersion = DEFAULT_FLINK_VERSION;
  private taskManagerCount: number = DEFAULT_CLUSTER_SETTINGS.taskManagers;
  private slots: number = DEFAULT_CLUSTER_SETTINGS.slots;
  private restPort: number = DEFAULT_CLUSTER_SETTINGS.restPort;
  private nextFreePortAllowed: boolean = DEFAULT_CLUSTER_SETTINGS.allowNextFreePort;
  private workspace?: string;
  private name?: string;
  private propertyOverrides: Record<string, string> = {};
  private extraLabels: Record<string, string> = {};
  private pullPolicy: PullPolicy = 'missing';
  private startupTimeoutMs = DEFAULT_STARTUP_TIMEOUT_MS;
  private onProgress?: (progress: ClusterProgress) => void;
  private kafka?: KafkaOptions;
  private haJobManagers?: number;

  constructor(private readonly runtime: RuntimeClient) {}

  /** Any image honouring the official image contract; default `flink:<version>-java17`. */
  withImage(image: string): this {
    this.image = image;
    return this;
  }

  /** Picks the official image `flink:<version>-java17` (ignored when withImage is used). */
  withFlinkVersion(version: string): this {
    this.flinkVersion = version;
    return this;
  }

  withTaskManagers(count: number): this {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`TaskManager count must be a whole number ≥ 0, got ${count}`);
    this.taskManagerCount = count;
    return this;
  }

  withSlots(slots: number): this {
    if (!Number.isInteger(slots) || slots < 1) throw new RangeError(`slots per TaskManager must be a whole number ≥ 1, got ${slots}`);
    this.slots = slots;
    return this;
  }

  withRestPort(port: number): this {
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new RangeError(`not a TCP port: ${port}`);
    this.restPort = port;
    return this;
  }

  /** When the REST port is taken, use the next free one instead of failing with PortInUseError. */
  withNextFreePortAllowed(allowed = true): this {
    this.nextFreePortAllowed = allowed;
    return this;
  }

  /** Absolute path of the project; `.flink/` (checkpoints, savepoints, logs) is created inside it. */
  withWorkspace(dir: string): this {
    if (!isAbsolute(dir)) throw new Error(`workspace must be an absolute path, got ${dir}`);
    this.workspace = dir;
    return this;
  }

  /** Default: derived from the workspace folder, so each workspace has its own cluster. */
  withName(name: string): this {
    if (!isValidClusterName(name)) throw new Error(`cluster name must be lowercase letters, digits, '-', '_' or '.', got '${name}'`);
    this.name = name;
    return this;
  }

  /** Flink configuration on top of DEFAULT_FLINK_PROPERTIES (see docs/cluster.md). */
  withFlinkProperties(overrides: Record<string, string>): this {
    this.propertyOverrides = { ...this.propertyOverrides, ...overrides };
    return this;
  }

  /** Extra labels for every container and the network (e.g. a test run's id). Ours cannot be overridden. */
  withLabels(labels: Record<string, string>): this {
    this.extraLabels = { ...this.extraLabels, ...labels };
    return this;
  }

  withPullPolicy(policy: PullPolicy): this {
    this.pullPolicy = policy;
    return this;
  }

  /** How long to wait for the web UI and all TaskManagers before failing (and removing everything). */
  withStartupTimeout(ms: number): this {
    this.startupTimeoutMs = ms;
    return this;
  }

  /**
   * Adds a single KRaft Kafka broker to the cluster (docs/kafka.md): jobs reach it as `kafka:9092`,
   * the host on 127.0.0.1:<hostPort>. Adopting a running cluster without one adds it.
   */
  withKafka(options: KafkaOptions = {}): this {
    this.kafka = { ...options };
    return this;
  }

  /**
   * High availability (docs/cluster.md#high-availability): ZooKeeper and `jobManagers` JobManagers,
   * jm-1 on the REST port, the others on the next free ports; one leads, the others stand by.
   */
  withHighAvailability(jobManagers = 2): this {
    if (!Number.isInteger(jobManagers) || jobManagers < 1) throw new RangeError(`JobManager count must be a whole number ≥ 1, got ${jobManagers}`);
    this.haJobManagers = jobManagers;
    return this;
  }

  withProgress(onProgress: (progress: ClusterProgress) => void): this {
    this.onProgress = onProgress;
    return this;
  }

  /**
   * Starts the cluster, or adopts the running one of the same name if its start-up finished.
   * `signal` (Ctrl+C in the CLI) stops a start-up in progress: what it created is removed, then the
   * abort reason is thrown.
   */
  async start(options: { signal?: AbortSignal } = {}): Promise<StartedFlinkCluster> {
    if (!this.workspace) throw new Error('FlinkCluster needs withWorkspace(<absolute path>) before start()');
    const workspace = this.workspace;
    const name = this.name ?? defaultClusterName(workspace);
    const { signal } = options;
    signal?.throwIfAborted();
    await this.runtime.ping();

    const existing = await adoptCluster(this.runtime, { name });
    if ((await existing?.jobManager())?.state === 'running') {
      if (await existing!.startupComplete()) {
        this.onProgress?.({ step: 'adopt', message: `Cluster '${name}' is already running at ${existing!.restUrl}; using it` });
        // A JobManager killed by kill-jm comes back as a standby.
        for (const jm of existing!.highAvailability ? await existing!.jobManagers() : []) {
          if (jm.state !== 'running') await existing!.startJobManager(jm.id);
        }
        if (this.kafka && !(await KafkaBroker.find(this.runtime, name))) {
          // Fail open here: the running cluster stays; a broker that did not start is removed.
          await this.startKafka(existing!.blueprint, signal).catch(async (error: unknown) => {
            const broker = await KafkaBroker.find(this.runtime, name).catch(() => undefined);
            if (broker) await this.runtime.removeContainer(broker.status().containerId).catch(() => undefined);
            throw error;
          });
        }
        return existing!;
      }
      this.onProgress?.({ step: 'adopt', message: `Cluster '${name}' never finished starting (interrupted?); removing it and starting afresh` });
    }
    // Leftovers of this name (a dead JobManager after a reboot, a network from a crashed start, a
    // half-started cluster) would block the new containers' names; nobody can use them, so start afresh.
    await removeClusterResources(this.runtime, name);
    signal?.throwIfAborted();

    const restPort = await this.chooseRestPort();
    const wanted = this.image ?? officialImage(this.flinkVersion);
    this.onProgress?.({ step: 'image', message: `Checking image ${wanted}` });
    const image = await ensureImage(this.runtime, wanted, this.pullPolicy, (pull) =>
      this.onProgress?.({ step: 'image', message: `Pulling ${wanted}: ${pull.status}`, pull }),
    );
    if (image !== wanted) this.onProgress?.({ step: 'image', message: `${wanted} cannot be pulled here; using the locally built ${image}` });

    const ha = this.haJobManagers !== undefined;
    const properties = mergeFlinkProperties(
      { ...DEFAULT_FLINK_PROPERTIES, 'jobmanager.rpc.address': 'jobmanager', 'taskmanager.numberOfTaskSlots': String(this.slots), ...(ha ? haProperties(name) : {}) },
      this.propertyOverrides,
    );
    const labels = { ...this.extraLabels, ...clusterLabels({ cluster: name, workspace, restPort }) };
    const jobManagers = ha ? await this.chooseJobManagerSlots(restPort, this.haJobManagers!) : undefined;
    const blueprint: ClusterBlueprint = { name, workspace, image, restPort, properties, labels, ...(jobManagers && { jobManagers }) };
    const tmIds = Array.from({ length: this.taskManagerCount }, (_, i) => taskManagerId(i + 1));
    await prepareProjectDirs(workspace, [...(jobManagers ? jobManagers.map((jm) => jm.id) : ['jobmanager']), ...tmIds]);
    if (ha) await ensureProjectDir(workspace, '.flink/ha', 'write');
    const cluster = new StartedFlinkCluster(this.runtime, blueprint);
    // Ends the broker's wait when the Flink side fails first, so nothing polls a removed container.
    const kafkaAbort = new AbortController();

    try {
      signal?.throwIfAborted();
      this.onProgress?.({ step: 'create', message: `Creating network and JobManager of '${name}'` });
      await this.runtime.createNetwork(networkName(name), labels);
      // The broker first: its JVM boots while Flink's containers start, and both are awaited together.
      const kafkaSignal = signal ? AbortSignal.any([signal, kafkaAbort.signal]) : kafkaAbort.signal;
      const kafkaStarted = this.kafka ? this.startKafka(blueprint, kafkaSignal) : Promise.resolve();
      kafkaStarted.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
      if (jobManagers) {
        this.onProgress?.({ step: 'create', message: `Starting ZooKeeper and ${jobManagers.length} JobManagers (high availability)` });
        await this.createAndStart(zooKeeperSpec(blueprint, networkName(name)), restPort);
        for (const jm of jobManagers) {
          await this.createAndStart(haJobManagerSpec(blueprint, networkName(name), jm, `${CONTAINER_LOG_DIR}/${jm.id}`), jm.restPort);
        }
      } else {
        await this.createAndStart(jobManagerSpec(blueprint), restPort);
      }
      for (const id of tmIds) {
        signal?.throwIfAborted();
        this.onProgress?.({ step: 'create', message: `Starting TaskManager ${id}` });
        await this.createAndStart(taskManagerSpec(blueprint, id), restPort);
      }
      signal?.throwIfAborted();
      this.onProgress?.({ step: 'wait', message: `Waiting for the web UI and ${tmIds.length} TaskManager(s) at ${cluster.restUrl}` });
      const stopWatching = new AbortController();
      const waitSignal = signal ? AbortSignal.any([stopWatching.signal, signal]) : stopWatching.signal;
      try {
        await Promise.race([
          Promise.all([
            Wait.forAll([Wait.forHttp('/'), Wait.forTaskManagers(tmIds.length)])
              .withTimeout(this.startupTimeoutMs)
              .waitUntilReady(cluster.waitTarget(waitSignal)),
            kafkaStarted,
          ]),
          watchContainers(this.runtime, name, waitSignal),
        ]);
      } finally {
        stopWatching.abort();
      }
      signal?.throwIfAborted();
      // Last: only a cluster that got this far is adopted by the next start().
      await this.runtime.createVolume(startMarkerName(name), { ...labels, [LABEL_ROLE]: START_MARKER_ROLE });
    } catch (error) {
      // Fail closed: explain with the failing container's logs, remove everything of this start, rethrow.
      kafkaAbort.abort();
      const failure = signal?.aborted ? signal.reason : await this.explainFailure(name, workspace, error);
      await removeClusterResources(this.runtime, name).catch(() => undefined);
      throw failure;
    }
    return cluster;
  }

  /** Starts the broker on the cluster's network and waits for it, reporting how long it took. */
  private async startKafka(blueprint: ClusterBlueprint, signal?: AbortSignal): Promise<void> {
    const started = Date.now();
    const input: KafkaStartInput = {
      runtime: this.runtime,
      blueprint,
      options: this.kafka ?? {},
      nextFreePortAllowed: this.nextFreePortAllowed,
      pullPolicy: this.pullPolicy,
      onPull: (image, pull) => this.onProgress?.({ step: 'image', message: `Pulling ${image}: ${pull.status}`, pull }),
    };
    this.onProgress?.({ step: 'create', message: `Starting the Kafka broker of '${blueprint.name}'` });
    const broker = await startKafkaBroker(input, this.startupTimeoutMs, signal);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    this.onProgress?.({ step: 'wait', message: `Kafka broker started in ${seconds} s: ${broker.status().bootstrapServers} (host), ${broker.status().internalBootstrapServers} (jobs)` });
  }

  private async createAndStart(spec: Parameters<RuntimeClient['createContainer']>[0], restPort: number): Promise<void> {
    const id = await this.runtime.createContainer(spec);
    try {
      await this.runtime.startContainer(id);
    } catch (error) {
      // Another process grabbed the port between our probe and Docker's bind.
      if (isDockerApiError(error) && /port is already allocated|address already in use/i.test(error.engineMessage)) {
        const ours = await clusterOnPort(this.runtime, restPort);
        throw new PortInUseError(restPort, ours ? { kind: 'flinkft-cluster', ...ours } : { kind: 'other' }, { cause: error });
      }
      throw error;
    }
  }

  /** jm-1 on the chosen REST port, each further JobManager on the next port that is free. */
  private async chooseJobManagerSlots(restPort: number, count: number): Promise<JobManagerSlot[]> {
    const slots: JobManagerSlot[] = [{ id: jobManagerHaId(1), restPort }];
    for (let port = restPort + 1; slots.length < count && port <= 65535; port++) {
      if (!(await clusterOnPort(this.runtime, port)) && (await isPortFree(port))) slots.push({ id: jobManagerHaId(slots.length + 1), restPort: port });
    }
    if (slots.length < count) throw new PortInUseError(restPort + 1, { kind: 'other' });
    return slots;
  }

  private async chooseRestPort(): Promise<number> {
    const attempts = this.nextFreePortAllowed ? NEXT_FREE_PORT_ATTEMPTS : 1;
    let firstOwner: ConstructorParameters<typeof PortInUseError>[1] | undefined;
    for (let port = this.restPort; port < this.restPort + attempts && port <= 65535; port++) {
      const ours = await clusterOnPort(this.runtime, port);
      if (!ours && (await isPortFree(port))) return port;
      firstOwner ??= ours ? { kind: 'flinkft-cluster', ...ours } : { kind: 'other' };
    }
    throw new PortInUseError(this.restPort, firstOwner ?? { kind: 'other' });
  }

  private async explainFailure(name: string, workspace: string, error: unknown): Promise<unknown> {
    if (error instanceof ClusterError && !isWaitError(error)) return error;
    if (isDockerUnavailableError(error)) return error;
    const containers = await this.runtime.listContainers(managedFilter(name)).catch(() => []);
    // Blame a container that exited; otherwise the JobManager, which decides readiness.
    const culprit =
      containers.find((c) => c.state !== 'running') ?? containers.find((c) => c.labels[LABEL_ROLE] === 'jobmanager') ?? containers[0];
    if (!culprit) return error;
    const logName = culprit.labels[LABEL_ROLE] === 'jobmanager' ? (culprit.labels[LABEL_JM_ID] ?? 'jobmanager') : (culprit.labels[LABEL_TM_ID] ?? '');
    const details = await this.runtime.inspectContainer(culprit.id).catch(() => undefined);
    const reason =
      details && details.state !== 'running'
        ? `it exited with code ${details.exitCode}${details.oomKilled ? ' (out of memory)' : ''}`
        : error instanceof Error
          ? error.message
          : String(error);
    const logTail = await collectLogTail(this.runtime, culprit.id, logDirOf(workspace, logName));
    return new ContainerStartError({ container: culprit.name || jobManagerContainerName(name), reason, logTail }, { cause: error });
  }
}

function isWaitError(error: ClusterError): boolean {
  return error.name === 'WaitTimeoutError' || error.name === 'WaitFailedError';
}
