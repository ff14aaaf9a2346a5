import type { CheckpointingStatistics } from '../../flink-rest/index.js';
import { AbstractWaitStrategy, type CheckResult, type WaitRest } from './wait-strategy.js';

export interface CompletedCheckpointsOptions {
  /** Only count it done once the latest completed checkpoint id is greater than this (e.g. after a restore). */
  newerThanId?: number;
}

/** Waits until a job has completed at least `count` checkpoints. */
export class CompletedCheckpointsWaitStrategy extends AbstractWaitStrategy<CheckpointingStatistics, WaitRest<'checkpoints'>> {
  readonly description: string;

  constructor(
    private readonly jobId: string,
    private readonly count: number,
    private readonly options: CompletedCheckpointsOptions = {},
  ) {
    super();
    this.description =
      `job ${jobId} to complete ${count} checkpoint(s)` + (options.newerThanId !== undefined ? ` newer than #${options.newerThanId}` : '');
  }

  protected async check(target: WaitRest<'checkpoints'>): Promise<CheckResult<CheckpointingStatistics>> {
    const stats = await target.rest.checkpoints(this.jobId, { signal: target.signal });
    const latestId = stats.latest.completed?.id;
    const newEnough = this.options.newerThanId === undefined || (latestId !== undefined && latestId > this.options.newerThanId);
    if (stats.counts.completed >= this.count && newEnough) return { state: 'done', value: stats };
    const failed = stats.latest.failed?.failure_message ? `, last failure: ${stats.latest.failed.failure_message}` : '';
    return {
      state: 'pending',
      seen: `${stats.counts.completed} completed, ${stats.counts.in_progress} in progress, ${stats.counts.failed} failed` +
        `${latestId !== undefined ? `, latest #${latestId}` : ''}${failed}`,
    };
  }
}
