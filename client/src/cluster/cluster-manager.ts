// Owns the local cluster of the workspace for the editor: adopts a running one (started by the CLI
// or before a reload), starts and stops it, drives TaskManagers, and keeps a live snapshot for the
// Flink view, the status bar and the output channels. Docker is only touched in a trusted workspace.
import { EventEmitter, workspace, type Disposable } from 'vscode';
import {
  DockerRuntimeClient,
  adoptCluster,
  clusterBuilderFor,
  clusterSetupFor,
  resolveClusterImage,
  isDockerUnavailableError,
  type ClusterProgress,
  type DockerEndpoint,
  type PullProgress,
  type RuntimeClient,
  type StartedFlinkCluster,
  type TaskManagerHandle,
} from '../../../core/cluster/index.js';
import { drillClusterSettings } from '../../../core/recovery/index.js';
import type { Config } from '../config.js';
import { deathCause, diffTaskManagers, type LifecycleEvent, type TaskManagerSample } from '../output/task-manager-lifecycle.js';
import type { ClusterViewState } from '../views/cluster-tree-model.js';
import { resolveDockerEndpoint } from './cluster-settings.js';

/** Poll periods: fast while the view shows the cluster, slower for the status bar and markers, slowest to notice a cluster the CLI started. */
const POLL_VISIBLE_MS = 2_000;
const POLL_HIDDEN_MS = 5_000;
const POLL_NO_CLUSTER_MS = 10_000;

export class ClusterManager implements Disposable {
  private readonly stateEmitter = new EventEmitter<ClusterViewState>();
  private readonly clusterEmitter = new EventEmitter<StartedFlinkCluster | undefined>();
  private readonly lifecycleEmitter = new EventEmitter<LifecycleEvent>();
  /** Every state change (view, status bar, context keys). */
  readonly onDidChangeState = this.stateEmitter.event;
  /** The cluster handle appeared, changed or went away (output following). */
  readonly onDidChangeCluster = this.clusterEmitter.event;
  /** A TaskManager died or started, seen between two snapshots (output markers). */
  readonly onTaskManagerLifecycle = this.lifecycleEmitter.event;

  private current: ClusterViewState = { kind: 'none' };
  private handle: StartedFlinkCluster | undefined;
  private runtimeCache: { key: string; client: RuntimeClient } | undefined;
  private busy: 'starting' | 'stopping' | undefined;
  private lastSample: TaskManagerSample[] | undefined;
  /** Our own kill/stop per TaskManager, so its marker says "killed" rather than guessing. */
  private readonly ownActions = new Map<string, 'kill' | 'stop'>();
  private viewVisible = false;
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> | undefined;
  private disposed = false;

  constructor(
    private readonly config: Config,
    /** Tests pass an in-memory engine. */
    private readonly createRuntime: (endpoint: DockerEndpoint) => RuntimeClient = (endpoint) => new DockerRuntimeClient(endpoint),
  ) {}

  get state(): ClusterViewState {
    return this.current;
  }

  /** The running cluster, if one is known; commands that need one check this. */
  get cluster(): StartedFlinkCluster | undefined {
    return this.current.kind === 'running' ? this.handle : undefined;
  }

  /** The workspace the cluster belongs to: the first folder. */
  get folder(): string | undefined {
    return workspace.workspaceFolders?.[0]?.uri.fsPath;
  }

  /** First look (never throws, so activation survives a machine without Docker), then the poll loop. */
  initialize(): void {
    void this.refresh();
  }

  setViewVisible(visible: boolean): void {
    this.viewVisible = visible;
    if (visible) void this.refresh();
  }

  /** Re-reads containers and REST once; concurrent calls share one refresh. */
  refresh(): Promise<void> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = undefined;
      this.schedule();
    });
    return this.refreshing;
  }

  /** `forRecoveryDrill`: the cluster a drill starts, with the drill's settings (as `flink-ft recover` starts it). */
  async start(onProgress: (progress: ClusterProgress) => void, options: { forRecoveryDrill?: boolean } = {}): Promise<StartedFlinkCluster> {
    const folder = this.requireFolder();
    this.busy = 'starting';
    this.setState({ kind: 'starting', message: 'Checking Docker' });
    try {
      const settings = this.config.clusterSettings();
      const setup = await clusterSetupFor(folder, options.forRecoveryDrill ? drillClusterSettings(settings) : settings, process.env);
      const cluster = await clusterBuilderFor(this.runtime(), setup)
        .withProgress((progress) => {
          this.setState({ kind: 'starting', message: progress.message });
          onProgress(progress);
        })
        .start();
      this.setHandle(cluster);
      return cluster;
    } finally {
      this.busy = undefined;
      await this.refresh();
    }
  }

  /** Removes the cluster's containers and network; `.flink/` data stays unless `purge`. False when none ran. */
  async stop(purge = false): Promise<boolean> {
    const folder = this.requireFolder();
    const cluster = this.handle ?? (await adoptCluster(this.runtime(), { workspace: folder }));
    if (!cluster) return false;
    this.busy = 'stopping';
    this.setState({ kind: 'stopping' });
    try {
      await cluster.down({ purge });
      this.setHandle(undefined);
      return true;
    } finally {
      this.busy = undefined;
      await this.refresh();
    }
  }

  async addTaskManager(): Promise<TaskManagerHandle> {
    return this.afterwards(this.requireCluster().addTaskManager());
  }

  async killTaskManager(id: string): Promise<TaskManagerHandle> {
    this.ownActions.set(id, 'kill');
    return this.afterwards(this.requireCluster().killTaskManager(id));
  }

  async stopTaskManager(id: string): Promise<TaskManagerHandle> {
    this.ownActions.set(id, 'stop');
    return this.afterwards(this.requireCluster().stopTaskManager(id));
  }

  async restartTaskManager(id: string): Promise<TaskManagerHandle> {
    this.ownActions.set(id, 'stop');
    return this.afterwards(this.requireCluster().restartTaskManager(id));
  }

  pullImage(image: string, onProgress: (progress: PullProgress) => void): Promise<void> {
    return this.runtime().pullImage(image, onProgress);
  }

  /** The image Start Local Cluster would use now. */
  async imageToStart(): Promise<string> {
    const folder = this.folder;
    const settings = this.config.clusterSettings();
    return folder ? (await clusterSetupFor(folder, settings, process.env)).image : resolveClusterImage(settings, { env: process.env });
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.stateEmitter.dispose();
    this.clusterEmitter.dispose();
    this.lifecycleEmitter.dispose();
  }

  private async afterwards<T>(action: Promise<T>): Promise<T> {
    try {
      return await action;
    } finally {
      await this.refresh();
    }
  }

  private async doRefresh(): Promise<void> {
    if (this.disposed || this.busy) return;
    if (!workspace.isTrusted) return this.setState({ kind: 'untrusted' });
    const folder = this.folder;
    if (!folder) return this.setState({ kind: 'no-folder' });
    try {
      const cluster = this.handle ?? (await adoptCluster(this.runtime(), { workspace: folder }));
      const status = cluster && (await cluster.status());
      if (this.busy) return; // a start or stop began meanwhile and owns the state now
      if (!cluster || !status?.jobManager) {
        // Never started, or taken down elsewhere (`flink-ft cluster down`).
        this.setHandle(undefined);
        return this.setState({ kind: 'none' });
      }
      const jobs = status.rest.reachable ? await cluster.rest.jobs({ timeoutMs: 3_000 }).catch(() => []) : [];
      this.setHandle(cluster);
      await this.observe(cluster, status.taskManagers);
      this.setState({ kind: 'running', status, jobs });
    } catch (error) {
      if (isDockerUnavailableError(error)) {
        this.setHandle(undefined);
        this.setState({ kind: 'docker-unavailable', message: error.message });
      }
      // Anything else (a REST hiccup, a container removed mid-call): keep the last snapshot, try again next tick.
    }
  }

  private async observe(cluster: StartedFlinkCluster, taskManagers: readonly TaskManagerHandle[]): Promise<void> {
    const sample = taskManagers.map((tm) => ({ id: tm.id, containerId: tm.containerId, state: tm.state }));
    const events = diffTaskManagers(this.lastSample, sample, new Date());
    this.lastSample = sample;
    for (const event of events) {
      if (event.kind === 'died' && event.cause === undefined) {
        const exitCode = await cluster.runtime.inspectContainer(event.containerId).then((d) => d.exitCode, () => undefined);
        event.cause = deathCause(this.ownActions.get(event.tmId), exitCode);
      }
      if (event.kind === 'died') this.ownActions.delete(event.tmId);
      this.lifecycleEmitter.fire(event);
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.disposed || !workspace.isTrusted || !this.folder) return;
    const period = this.current.kind === 'running' ? (this.viewVisible ? POLL_VISIBLE_MS : POLL_HIDDEN_MS) : POLL_NO_CLUSTER_MS;
    this.timer = setTimeout(() => void this.refresh(), period);
  }

  private setState(state: ClusterViewState): void {
    this.current = state;
    this.stateEmitter.fire(state);
  }

  private setHandle(cluster: StartedFlinkCluster | undefined): void {
    if (this.handle?.name === cluster?.name) {
      this.handle = cluster ?? this.handle;
      return;
    }
    this.handle = cluster;
    this.lastSample = undefined;
    this.clusterEmitter.fire(cluster);
  }

  /** Recreated when `flinkFt.docker.socket` changes. */
  private runtime(): RuntimeClient {
    const endpoint = resolveDockerEndpoint(this.config.clusterSettings().dockerSocket, process.env);
    const key = JSON.stringify(endpoint);
    if (this.runtimeCache?.key !== key) this.runtimeCache = { key, client: this.createRuntime(endpoint) };
    return this.runtimeCache.client;
  }

  private requireFolder(): string {
    const folder = this.folder;
    if (!folder) throw new Error('Open a folder first: the local cluster belongs to a workspace folder (its .flink/ holds checkpoints and logs).');
    return folder;
  }

  private requireCluster(): StartedFlinkCluster {
    const cluster = this.cluster;
    if (!cluster) throw new Error('No local cluster is running. Run "Flink: Start Local Cluster" first.');
    return cluster;
  }
}
