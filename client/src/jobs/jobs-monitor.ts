// Details of the jobs the Flink view lists (checkpoints, restarts, last exception), fetched after
// each cluster poll: the view gets them without a poll loop of its own. Ended jobs are described
// once; their details no longer change.
import { EventEmitter, type Disposable } from 'vscode';
import { describeJob, type ClusterJobSummary } from '../../../core/jobs/index.js';
import { isEndedJob, jobsToShow } from '../views/job-view-model.js';
import type { ClusterManager } from '../cluster/cluster-manager.js';
import type { ClusterViewState } from '../views/cluster-tree-model.js';

export class JobsMonitor implements Disposable {
  private readonly emitter = new EventEmitter<void>();
  /** New details arrived (the view re-renders). */
  readonly onDidChange = this.emitter.event;
  private current = new Map<string, ClusterJobSummary>();
  private updating = false;
  private readonly subscription: Disposable;

  constructor(private readonly manager: ClusterManager) {
    this.subscription = manager.onDidChangeState((state) => void this.update(state));
  }

  /** Summaries by job id, of the jobs the view shows. */
  get summaries(): ReadonlyMap<string, ClusterJobSummary> {
    return this.current;
  }

  private async update(state: ClusterViewState): Promise<void> {
    const rest = this.manager.cluster?.rest;
    if (state.kind !== 'running' || !rest) {
      if (this.current.size > 0 && state.kind !== 'starting') {
        this.current = new Map();
        this.emitter.fire();
      }
      return;
    }
    // A poll that lands while the previous round is still out is skipped, not queued.
    if (this.updating) return;
    this.updating = true;
    try {
      const next = new Map<string, ClusterJobSummary>();
      await Promise.all(
        jobsToShow(state.jobs).map(async (job) => {
          const known = this.current.get(job.jid);
          if (known && isEndedJob(known.state)) return next.set(job.jid, known);
          // A REST hiccup keeps the last details rather than blanking the item.
          const summary = await describeJob(rest, job.jid).catch(() => known);
          if (summary) next.set(job.jid, summary);
          return undefined;
        }),
      );
      this.current = next;
      this.emitter.fire();
    } finally {
      this.updating = false;
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
