import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { LogFollow, RuntimeClient } from '../cluster/runtime/runtime-client.js';
import { FileFollower, type FollowerEvent } from './file-follower.js';

/** One line a TaskManager printed. */
export interface OutputLine {
  tmId: string;
  line: string;
  /** When we read it (the files carry no timestamps of their own). */
  time: Date;
  source: 'file' | 'container';
}

export type OutputEvent =
  | { kind: `file-${FollowerEvent}`; tmId: string; path: string }
  | { kind: 'container-attached' | 'container-detached'; tmId: string; containerId: string };

/** Running TaskManager containers, for the fallback to their output stream (e.g. StartedFlinkCluster.taskManagers). */
export type TaskManagerLister = () => Promise<{ id: string; containerId: string; state: string }[]>;

export interface TaskManagerOutputOptions {
  /** The workspace's `.flink/logs` folder (one `tm-N` folder per TaskManager). */
  logsRoot: string;
  onLine: (line: OutputLine) => void;
  onEvent?: (event: OutputEvent) => void;
  /** 'end' (default) shows only what is printed from now on, like `tail -f`; 'start' replays the files. */
  from?: 'start' | 'end';
  pollIntervalMs?: number;
  /**
   * With both set, a TaskManager that has no `.out` file (Flink versions that cannot redirect
   * stdout) is followed through its container's output instead, until a file appears.
   */
  runtime?: Pick<RuntimeClient, 'followContainerLogs'>;
  taskManagers?: TaskManagerLister;
}

const TM_DIR = /^tm-\d+$/;

/**
 * Follows every TaskManager's stdout: `.flink/logs/<tm-id>/*.out` files (rollover-aware, new
 * TaskManagers and new files picked up as they appear), else the container's output stream.
 */
export class TaskManagerOutput implements AsyncDisposable {
  private readonly followers = new Map<string, { tmId: string; follower: FileFollower }>();
  private readonly containerFollows = new Map<string, { containerId: string; follow: LogFollow }>();
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private firstScan = true;
  private polling: Promise<void> = Promise.resolve();

  constructor(private readonly options: TaskManagerOutputOptions) {}

  /** Starts following; resolves after the first scan, so lines printed afterwards are not missed. */
  async start(): Promise<this> {
    await this.tick();
    return this;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.polling;
    for (const { follower } of this.followers.values()) await follower.close();
    for (const { follow } of this.containerFollows.values()) follow.stop();
    this.followers.clear();
    this.containerFollows.clear();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.stop();
  }

  private async tick(): Promise<void> {
    this.polling = this.scan().catch(() => undefined);
    await this.polling;
    this.firstScan = false;
    if (!this.stopped) this.timer = setTimeout(() => void this.tick(), this.options.pollIntervalMs ?? 200);
  }

  private async scan(): Promise<void> {
    const withFiles = new Set<string>();
    const tmDirs = (await readdir(this.options.logsRoot).catch(() => [] as string[])).filter((d) => TM_DIR.test(d));
    for (const tmId of tmDirs) {
      const dir = join(this.options.logsRoot, tmId);
      // Only live names: `x.out`, not rotated copies such as `x.out.1`.
      const outs = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.out'));
      if (outs.length > 0) withFiles.add(tmId);
      for (const file of outs) this.ensureFollower(tmId, join(dir, file));
    }
    for (const { follower } of this.followers.values()) {
      if (this.stopped) return;
      await follower.poll();
    }
    await this.syncContainerFallback(withFiles);
  }

  private ensureFollower(tmId: string, path: string): void {
    if (this.followers.has(path)) return;
    const from = this.firstScan && (this.options.from ?? 'end') === 'end' ? 'end' : 'start';
    const follower = new FileFollower(
      path,
      (line) => this.options.onLine({ tmId, line, time: new Date(), source: 'file' }),
      (event) => this.options.onEvent?.({ kind: `file-${event}`, tmId, path }),
      from,
    );
    this.followers.set(path, { tmId, follower });
  }

  private async syncContainerFallback(withFiles: ReadonlySet<string>): Promise<void> {
    const { runtime, taskManagers } = this.options;
    if (!runtime || !taskManagers) return;
    const running = (await taskManagers()).filter((tm) => tm.state === 'running');
    for (const tm of running) {
      const current = this.containerFollows.get(tm.id);
      const wanted = !withFiles.has(tm.id);
      if (current && (!wanted || current.containerId !== tm.containerId)) this.detach(tm.id);
      if (wanted && !this.containerFollows.has(tm.id) && !this.stopped) {
        const follow = await runtime.followContainerLogs(tm.containerId, (line) =>
          this.options.onLine({ tmId: tm.id, line, time: new Date(), source: 'container' }),
        );
        this.containerFollows.set(tm.id, { containerId: tm.containerId, follow });
        this.options.onEvent?.({ kind: 'container-attached', tmId: tm.id, containerId: tm.containerId });
        void follow.done.then(() => {
          if (this.containerFollows.get(tm.id)?.follow === follow) this.detach(tm.id);
        });
      }
    }
    for (const tmId of [...this.containerFollows.keys()]) if (!running.some((tm) => tm.id === tmId)) this.detach(tmId);
  }

  private detach(tmId: string): void {
    const current = this.containerFollows.get(tmId);
    if (!current) return;
    this.containerFollows.delete(tmId);
    current.follow.stop();
    this.options.onEvent?.({ kind: 'container-detached', tmId, containerId: current.containerId });
  }
}
