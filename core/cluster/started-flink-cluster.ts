import { isAbsolute } from 'node:path';
import { FlinkRestClient } from '../flink-rest/index.js';
import { limitsFromLabels, networkName, taskManagerId, taskManagerNumber, taskManagerSpec, type ClusterBlueprint } from './cluster-blueprint.js';
import { TaskManagerNetem, type NetemRule, type NetemTarget } from './task-manager-netem.js';
import type { ClusterStatus, HighAvailabilityStatus, JobManagerHandle, RestStatus, TaskManagerHandle, TaskManagerLimits } from './cluster-status.js';
import { JobManagerNotFoundError } from './errors/job-manager-not-found-error.js';
import { checkpointIdsInZooKeeper, readLeader, type LeaderInfo } from './ha/zookeeper-leader.js';
import { removeClusterResources } from './cluster-cleanup.js';
import { TaskManagerNotFoundError } from './errors/task-manager-not-found-error.js';
import { CONTAINER_DATA_DIR } from './flink-properties.js';
import { KafkaBroker } from './kafka/kafka-broker.js';
import { LABEL_JM_ID, LABEL_JM_REST_PORT, LABEL_ROLE, LABEL_TM_ID, START_MARKER_ROLE, managedFilter } from './labels.js';
import { ClusterError } from './errors/cluster-error.js';
import type { ContainerDetails, ContainerSummary, ExecResult, RuntimeClient } from './runtime/runtime-client.js';
import { Wait } from './wait/wait.js';
import { waitUntilRegistered } from './task-manager-registration.js';
import type { WaitTarget } from './wait/wait-strategy.js';
import { checkPurgeable, logDirOf, prepareLogDir, purgeProjectDirs } from './project-dirs.js';

export interface AddTaskManagerOptions {
  /** Resolve only once REST lists the new TaskManager. */
  waitUntilRegistered?: boolean;
  timeoutMs?: number;
  /** Its own CPU and memory limits and slot count (default: the host's, the cluster's slots). */
  limits?: TaskManagerLimits;
}

export interface DownOptions {
  /** Also delete `.flink/checkpoints`, `.flink/savepoints` and `.flink/logs`. */
  purge?: boolean;
}

const STOP_GRACE_SECONDS = 10;
const REGISTER_TIMEOUT_MS = 120_000;

/**
 * A running local cluster, created by FlinkCluster.start() or found by adoptCluster(). Holds no
 * container list of its own: every call asks Docker by label, so two processes (CLI and editor)
 * can drive the same cluster. `await using` takes it down at the end of the scope.
 */
export class StartedFlinkCluster implements AsyncDisposable {
  readonly restUrl: string;
  readonly rest: FlinkRestClient;

  constructor(
    readonly runtime: RuntimeClient,
    readonly blueprint: ClusterBlueprint,
    /** True when this object took over a cluster that was already running. */
    readonly adopted = false,
  ) {
    this.restUrl = `http://127.0.0.1:${blueprint.restPort}`;
    // With HA every JobManager's REST serves the leader's view: when one is killed, another answers.
    const alternateBaseUrls = (blueprint.jobManagers ?? []).filter((jm) => jm.restPort !== blueprint.restPort).map((jm) => `http://127.0.0.1:${jm.restPort}`);
    this.rest = new FlinkRestClient({ baseUrl: this.restUrl, alternateBaseUrls });
  }

  /** Started with `--ha`: ZooKeeper and several JobManagers. */
  get highAvailability(): boolean {
    return this.blueprint.jobManagers !== undefined;
  }

  get name(): string {
    return this.blueprint.name;
  }

  get workspace(): string {
    return this.blueprint.workspace;
  }

  /** For Wait strategies: `await Wait.forTaskManagers(2).waitUntilReady(cluster.waitTarget())`. */
  waitTarget(signal?: AbortSignal): WaitTarget {
    return { rest: this.rest, restUrl: this.restUrl, signal };
  }

  /** TaskManager containers in id order, dead ones included (a killed TM stays until removed). */
  async taskManagers(): Promise<TaskManagerHandle[]> {
    const containers = await this.containers();
    return containers
      .filter((c) => c.labels[LABEL_ROLE] === 'taskmanager')
      .map((c) => this.handle(c))
      .sort((a, b) => taskManagerNumber(a.id) - taskManagerNumber(b.id));
  }

  async status(): Promise<ClusterStatus> {
    const containers = await this.containers();
    const jm = containers.find((c) => c.labels[LABEL_ROLE] === 'jobmanager');
    let rest: RestStatus;
    let registered = new Map<string, { slots: number; freeSlots: number }>();
    try {
      const [overview, tms] = await Promise.all([this.rest.overview({ timeoutMs: 3_000 }), this.rest.taskManagers({ timeoutMs: 3_000 })]);
      rest = {
        reachable: true,
        flinkVersion: overview['flink-version'],
        slotsTotal: overview['slots-total'],
        slotsAvailable: overview['slots-available'],
        jobsRunning: overview['jobs-running'],
      };
      registered = new Map(tms.map((tm) => [tm.id, { slots: tm.slotsNumber, freeSlots: tm.freeSlots }]));
    } catch (error) {
      rest = { reachable: false, error: error instanceof Error ? error.message : String(error) };
    }
    const taskManagers = (await this.taskManagers()).map((tm) => {
      const reg = registered.get(tm.id);
      return { ...tm, registered: reg !== undefined, slots: reg?.slots, freeSlots: reg?.freeSlots };
    });
    const kafka = containers.some((c) => c.labels[LABEL_ROLE] === 'kafka') ? (await this.kafka())?.status() : undefined;
    const highAvailability = this.highAvailability ? await this.haStatus(containers) : undefined;
    return {
      name: this.name,
      workspace: this.workspace,
      image: this.blueprint.image,
      restUrl: this.restUrl,
      jobManager: jm && { containerId: jm.id, containerName: jm.name, state: jm.state },
      taskManagers,
      rest,
      ...(kafka ? { kafka } : {}),
      ...(highAvailability ? { highAvailability } : {}),
    };
  }

  /** The JobManagers of an HA cluster in id order (dead ones included); one entry without HA. */
  async jobManagers(): Promise<JobManagerHandle[]> {
    return (await this.containers())
      .filter((c) => c.labels[LABEL_ROLE] === 'jobmanager')
      .map((c) => ({
        id: c.labels[LABEL_JM_ID] ?? 'jobmanager',
        containerId: c.id,
        containerName: c.name,
        state: c.state,
        restUrl: `http://127.0.0.1:${c.labels[LABEL_JM_REST_PORT] ?? this.blueprint.restPort}`,
      }))
      .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  }

  /**
   * The leading JobManager as ZooKeeper publishes it (HA only; without HA the one JobManager leads).
   * `jobManager` is absent while an election runs.
   */
  async leader(): Promise<LeaderInfo> {
    if (!this.highAvailability) {
      const jm = await this.jobManager();
      return jm?.state === 'running' ? { jobManager: 'jobmanager' } : {};
    }
    const zk = (await this.containers()).find((c) => c.labels[LABEL_ROLE] === 'zookeeper' && c.state === 'running');
    if (!zk) return { address: 'ZooKeeper is not running' };
    return readLeader(this.runtime, zk.id, this.name);
  }

  /** Completed checkpoint ids of a job in ZooKeeper (HA only; empty without HA). */
  async haCheckpointIds(jobId: string): Promise<number[]> {
    const zk = this.highAvailability ? (await this.containers()).find((c) => c.labels[LABEL_ROLE] === 'zookeeper' && c.state === 'running') : undefined;
    return zk ? checkpointIdsInZooKeeper(this.runtime, zk.id, this.name, jobId) : [];
  }

  /** SIGKILL a JobManager (default: the leader), like a crash; the container stays so it can be started again. */
  async killJobManager(id?: string): Promise<JobManagerHandle> {
    const target = id ?? (await this.leader()).jobManager;
    const jm = await this.requireJobManager(target);
    if (jm.state === 'running' || jm.state === 'paused') await this.runtime.killContainer(jm.containerId, 'SIGKILL');
    return this.requireJobManager(jm.id);
  }

  /** Starts a stopped JobManager container again; with HA it rejoins as a standby. */
  async startJobManager(id: string): Promise<JobManagerHandle> {
    const jm = await this.requireJobManager(id);
    if (jm.state !== 'running') await this.runtime.startContainer(jm.containerId);
    return this.requireJobManager(id);
  }

  /** The cluster's Kafka broker (topics, produce, consume), or undefined when it has none. */
  kafka(): Promise<KafkaBroker | undefined> {
    return KafkaBroker.find(this.runtime, this.name);
  }

  /**
   * False for a cluster whose start-up never finished (interrupted by Ctrl+C, a crash, a window
   * reload): FlinkCluster.start() then starts afresh instead of adopting it.
   */
  async startupComplete(): Promise<boolean> {
    return (await this.runtime.listVolumes({ ...managedFilter(this.name), [LABEL_ROLE]: START_MARKER_ROLE })).length > 0;
  }

  /** The JobManager container, running or not (undefined once removed); with HA a running one first. */
  async jobManager(): Promise<ContainerSummary | undefined> {
    const jms = (await this.containers()).filter((c) => c.labels[LABEL_ROLE] === 'jobmanager');
    return jms.find((c) => c.state === 'running') ?? jms[0];
  }

  /**
   * Runs a command in the JobManager, e.g. `['flink', 'run', '-d', '-py', '/workspace/job.py']`
   * (the workspace is mounted read-only at /workspace). Runs as root by default: the workspace keeps
   * its host owner and mode (often 0700), which uid 9999 may not be allowed to read.
   */
  async execInJobManager(cmd: string[], options: { user?: string } = {}): Promise<ExecResult> {
    const jm = await this.jobManager();
    if (!jm || jm.state !== 'running') {
      throw new ClusterError(`The JobManager of cluster '${this.name}' is not running. Start the cluster again ('flink-ft cluster up').`);
    }
    return this.runtime.exec(jm.id, cmd, { user: options.user ?? '0' });
  }

  /** Starts one more TaskManager with the next free id (tm-N, never reusing an existing container's id). */
  async addTaskManager(options: AddTaskManagerOptions = {}): Promise<TaskManagerHandle> {
    const existing = await this.taskManagers();
    const next = Math.max(0, ...existing.map((tm) => taskManagerNumber(tm.id)).filter(Number.isFinite)) + 1;
    const id = taskManagerId(next);
    await prepareLogDir(this.workspace, id);
    const containerId = await this.runtime.createContainer(taskManagerSpec(this.blueprint, id, options.limits));
    try {
      await this.runtime.startContainer(containerId);
    } catch (error) {
      await this.runtime.removeContainer(containerId);
      throw error;
    }
    if (options.waitUntilRegistered) {
      const logDir = isAbsolute(this.workspace) ? logDirOf(this.workspace, id) : '';
      await waitUntilRegistered({ runtime: this.runtime, cluster: this.name, target: (signal) => this.waitTarget(signal), id, containerId, logDir }, options.timeoutMs ?? REGISTER_TIMEOUT_MS);
    }
    return this.requireTaskManager(id);
  }

  /** SIGKILL: a crash. The container stays (exited) so its logs remain and it can be restarted. */
  async killTaskManager(id: string): Promise<TaskManagerHandle> {
    const tm = await this.requireTaskManager(id);
    if (tm.state === 'running' || tm.state === 'paused') await this.runtime.killContainer(tm.containerId, 'SIGKILL');
    return this.requireTaskManager(id);
  }

  /** Freezes the TaskManager (docker pause): alive but silent, as a long GC pause or a stalled VM. */
  async pauseTaskManager(id: string): Promise<TaskManagerHandle> {
    const tm = await this.requireTaskManager(id);
    await this.runtime.pauseContainer(tm.containerId);
    return this.requireTaskManager(id);
  }

  /** Lets a paused TaskManager run on; one that is not paused is left as it is. */
  async unpauseTaskManager(id: string): Promise<TaskManagerHandle> {
    const tm = await this.requireTaskManager(id);
    if (tm.state === 'paused') await this.runtime.unpauseContainer(tm.containerId);
    return this.requireTaskManager(id);
  }

  /** Takes the TaskManager off the cluster network: a network partition (it keeps running). */
  async disconnectTaskManager(id: string): Promise<void> {
    const tm = await this.requireTaskManager(id);
    await this.runtime.disconnectNetwork(networkName(this.name), tm.containerId);
  }

  /** Puts it back on the cluster network (nothing to do when it is on it). */
  async reconnectTaskManager(id: string): Promise<void> {
    const tm = await this.requireTaskManager(id);
    if (tm.state === 'running' || tm.state === 'paused') await this.runtime.connectNetwork(networkName(this.name), tm.containerId);
  }

  /** Whether the TaskManager is attached to the cluster network. */
  async taskManagerConnected(id: string): Promise<boolean> {
    const tm = await this.requireTaskManager(id);
    return (await this.runtime.containerNetworks(tm.containerId)).includes(networkName(this.name));
  }

  /** Docker's view of one TaskManager container: exit code, OOMKilled, limits. */
  async taskManagerDetails(id: string): Promise<ContainerDetails> {
    const tm = await this.requireTaskManager(id);
    return this.runtime.inspectContainer(tm.containerId);
  }

  /**
   * An out-of-memory kill by the kernel: the container's memory limit is set just above what it
   * uses, the JVM is made the OOM killer's first choice (oom_score_adj 1000; lowering the hog's
   * own needs a capability the container lacks), then a process in it allocates past the limit, so
   * the kernel kills the TaskManager's JVM. Resolves once the container exited; Docker's State.OOMKilled says it was the kernel.
   */
  async oomKillTaskManager(id: string, options: { headroomBytes?: number; timeoutMs?: number } = {}): Promise<ContainerDetails> {
    const tm = await this.requireTaskManager(id);
    const usage = await this.runtime.containerMemoryUsage(tm.containerId);
    const limit = usage + (options.headroomBytes ?? 48 * 1024 * 1024);
    await this.runtime.updateContainerResources(tm.containerId, { memoryBytes: limit });
    const hog = `for p in $(pgrep java); do echo 1000 > /proc/$p/oom_score_adj; done; exec python3 -c "b = bytearray(${limit}); import time; time.sleep(60)"`;
    // The exec ends when the container dies; its own error then is expected.
    void this.runtime.exec(tm.containerId, ['sh', '-c', hog], { user: '0', timeoutMs: 90_000 }).catch(() => undefined);
    await Wait.until(`${id} to be killed by the kernel`, async () => {
      const c = await this.runtime.inspectContainer(tm.containerId);
      return c.state === 'running' ? { state: 'pending', seen: `${c.state}, limit ${limit} bytes` } : { state: 'done', value: c };
    })
      .withTimeout(options.timeoutMs ?? 60_000)
      .withPollInterval(200)
      .waitUntilReady(this.waitTarget());
    return this.runtime.inspectContainer(tm.containerId);
  }

  /** tc netem on the TaskManager's interface, through a helper container (task-manager-netem.ts). */
  netem(image?: string): { apply(id: string, rule: NetemRule): Promise<string>; show(id: string): Promise<string>; inspect(id: string): Promise<string>; clear(id: string): Promise<string> } {
    const netem = new TaskManagerNetem(this.runtime, image);
    const target = async (id: string): Promise<NetemTarget> => {
      const tm = await this.requireTaskManager(id);
      return { clusterName: this.name, tmId: id, containerId: tm.containerId, labels: this.blueprint.labels };
    };
    return {
      apply: async (id, rule) => netem.apply(await target(id), rule),
      show: async (id) => netem.show(await target(id)),
      inspect: async (id) => netem.inspect(await target(id)),
      clear: async (id) => netem.clear(await target(id)),
    };
  }

  /** SIGTERM: a graceful shutdown (SIGKILL after 10 s). */
  async stopTaskManager(id: string): Promise<TaskManagerHandle> {
    const tm = await this.requireTaskManager(id);
    await this.runtime.stopContainer(tm.containerId, STOP_GRACE_SECONDS);
    return this.requireTaskManager(id);
  }

  /** Stops the TaskManager if it runs, then starts the same container again (same id, same log folder). */
  async restartTaskManager(id: string): Promise<TaskManagerHandle> {
    const tm = await this.requireTaskManager(id);
    if (tm.state === 'running' || tm.state === 'paused' || tm.state === 'restarting') {
      await this.runtime.stopContainer(tm.containerId, STOP_GRACE_SECONDS);
    }
    await this.runtime.startContainer(tm.containerId);
    return this.requireTaskManager(id);
  }

  /** Makes exactly `count` TaskManagers run: adds new ones, or stops and removes the highest-numbered. */
  async scale(count: number): Promise<TaskManagerHandle[]> {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`TaskManager count must be a whole number ≥ 0, got ${count}`);
    const running = (await this.taskManagers()).filter((tm) => tm.state === 'running');
    for (let i = running.length; i < count; i++) await this.addTaskManager();
    for (const tm of running.slice(count).reverse()) {
      await this.runtime.stopContainer(tm.containerId, STOP_GRACE_SECONDS);
      await this.runtime.removeContainer(tm.containerId);
    }
    return this.taskManagers();
  }

  /**
   * Removes every container and the network of this cluster (by label). Checkpoints stay unless
   * `purge`; a purge first checks that `.flink` and its data folders are real folders of the
   * cluster's own (absolute) workspace, and deletes nothing otherwise.
   */
  async down(options: DownOptions = {}): Promise<void> {
    if (options.purge) {
      if (!isAbsolute(this.workspace)) {
        throw new ClusterError(
          `Cluster '${this.name}' carries no workspace label, so flink-ft cannot tell whose .flink data to purge; nothing was removed. ` +
            "Run 'flink-ft cluster down' without --purge and delete the project's .flink/checkpoints, savepoints and logs yourself.",
        );
      }
      await checkPurgeable(this.workspace);
      await this.purgeFromContainer();
    }
    await removeClusterResources(this.runtime, this.name);
    if (options.purge) await purgeProjectDirs(this.workspace);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.down();
  }

  private async requireJobManager(id: string | undefined): Promise<JobManagerHandle> {
    const all = await this.jobManagers();
    const jm = id === undefined ? undefined : all.find((j) => j.id === id);
    if (!jm) throw new JobManagerNotFoundError(id, all.map((j) => j.id));
    return jm;
  }

  private async haStatus(containers: readonly ContainerSummary[]): Promise<HighAvailabilityStatus> {
    const leader = await this.leader().catch((error: unknown) => ({ address: `ZooKeeper could not be read: ${error instanceof Error ? error.message : String(error)}` }) as LeaderInfo);
    const zk = containers.find((c) => c.labels[LABEL_ROLE] === 'zookeeper');
    return {
      jobManagers: (await this.jobManagers()).map((jm) => ({ ...jm, leader: jm.id === leader.jobManager })),
      ...(leader.jobManager && { leader: leader.jobManager }),
      ...(leader.address && { leaderAddress: leader.address }),
      ...(zk && { zooKeeper: { containerName: zk.name, state: zk.state } }),
    };
  }

  private async requireTaskManager(id: string): Promise<TaskManagerHandle> {
    const all = await this.taskManagers();
    const tm = all.find((t) => t.id === id);
    if (!tm) throw new TaskManagerNotFoundError(id, all.map((t) => t.id));
    return tm;
  }

  private containers(): Promise<ContainerSummary[]> {
    return this.runtime.listContainers(managedFilter(this.name));
  }

  private handle(c: ContainerSummary): TaskManagerHandle {
    const id = c.labels[LABEL_TM_ID] ?? c.name;
    // Without a workspace label there is no log folder to name (never one relative to the current folder).
    const logDir = isAbsolute(this.workspace) ? logDirOf(this.workspace, id) : '';
    const limits = limitsFromLabels(c.labels);
    return { id, containerId: c.id, containerName: c.name, state: c.state, logDir, ...(limits && { limits }) };
  }

  // Files the containers wrote belong to uid 9999; a non-root user cannot delete them from the host,
  // so the JobManager (which mounts all of .flink) deletes them as root first, when it still runs.
  private async purgeFromContainer(): Promise<void> {
    const jm = await this.jobManager();
    if (!jm || jm.state !== 'running') return;
    const dirs = ['checkpoints', 'savepoints', 'logs', 'ha'].map((d) => `${CONTAINER_DATA_DIR}/${d}`);
    await this.runtime.exec(jm.id, ['sh', '-c', `rm -rf ${dirs.map((d) => `${d}/* ${d}/.[!.]*`).join(' ')}`], { user: '0' });
  }
}
