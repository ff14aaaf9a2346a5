// One output channel per TaskManager ("Flink TaskManager tm-2"), fed by core/logs from the
// TaskManagers' .out files (or their container output), with markers when one dies or starts and
// a "job prints only" filter that redraws what the channels show.
import { commands, window, type Disposable, type Memento, type OutputChannel } from 'vscode';
import { projectDirs, type StartedFlinkCluster } from '../../../core/cluster/index.js';
import { TaskManagerOutput } from '../../../core/logs/index.js';
import { CONTEXT_KEYS } from '../../../core/protocol/index.js';
import type { ClusterManager } from '../cluster/cluster-manager.js';
import { OutputLog } from './output-log.js';
import { formatMarker, type LifecycleEvent } from './task-manager-lifecycle.js';

const JOB_ONLY_KEY = 'flinkFt.output.jobPrintsOnly';
export class TaskManagerChannels implements Disposable {
  private readonly channels = new Map<string, { channel: OutputChannel; log: OutputLog }>();
  private readonly subscriptions: Disposable[];
  private follower: TaskManagerOutput | undefined;
  // Follower switches are serialized: a stop must finish before the next start reads the files.
  private switching: Promise<void> = Promise.resolve();
  private jobOnly: boolean;

  constructor(
    manager: ClusterManager,
    private readonly memento: Memento,
  ) {
    this.jobOnly = memento.get<boolean>(JOB_ONLY_KEY, false);
    void commands.executeCommand('setContext', CONTEXT_KEYS.jobPrintsOnly, this.jobOnly);
    this.subscriptions = [
      manager.onDidChangeCluster((cluster) => this.follow(cluster)),
      manager.onTaskManagerLifecycle((event) => this.marker(event)),
    ];
  }

  get jobPrintsOnly(): boolean {
    return this.jobOnly;
  }

  /** TaskManagers that have a channel (printed something or had a marker). */
  get known(): string[] {
    return [...this.channels.keys()];
  }

  show(tmId: string): void {
    this.entry(tmId).channel.show(true);
  }

  /** Flips the filter and redraws every channel from what it retained. */
  async toggleJobPrintsOnly(): Promise<boolean> {
    this.jobOnly = !this.jobOnly;
    for (const { channel, log } of this.channels.values()) channel.replace(log.render(this.jobOnly));
    await this.memento.update(JOB_ONLY_KEY, this.jobOnly);
    await commands.executeCommand('setContext', CONTEXT_KEYS.jobPrintsOnly, this.jobOnly);
    return this.jobOnly;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    void this.follower?.stop();
    this.follower = undefined;
    for (const { channel } of this.channels.values()) channel.dispose();
    this.channels.clear();
  }

  private follow(cluster: StartedFlinkCluster | undefined): void {
    this.switching = this.switching.then(async () => {
      await this.follower?.stop();
      this.follower = undefined;
      if (!cluster) return;
      const follower = new TaskManagerOutput({
        logsRoot: projectDirs(cluster.workspace).logs,
        // The channels are new in this window: show what the files already hold, as `tail -F` would.
        from: 'start',
        onLine: ({ tmId, line }) => this.append(tmId, line),
        runtime: cluster.runtime,
        taskManagers: () => cluster.taskManagers(),
      });
      this.follower = follower;
      await follower.start().catch(() => undefined);
    });
  }

  private append(tmId: string, line: string): void {
    const { channel, log } = this.entry(tmId);
    const text = log.addLine(line, this.jobOnly);
    if (text !== undefined) channel.append(text);
  }

  private marker(event: LifecycleEvent): void {
    const { channel, log } = this.entry(event.tmId);
    channel.append(log.addMarker(formatMarker(event)));
  }

  private entry(tmId: string): { channel: OutputChannel; log: OutputLog } {
    let entry = this.channels.get(tmId);
    if (!entry) {
      entry = { channel: window.createOutputChannel(`Flink TaskManager ${tmId}`), log: new OutputLog() };
      this.channels.set(tmId, entry);
    }
    return entry;
  }
}
