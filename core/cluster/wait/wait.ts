import type { JobState } from '../../flink-rest/index.js';
import { CompletedCheckpointsWaitStrategy, type CompletedCheckpointsOptions } from './completed-checkpoints-wait-strategy.js';
import { CompositeWaitStrategy } from './composite-wait-strategy.js';
import { ConditionWaitStrategy } from './condition-wait-strategy.js';
import { HttpWaitStrategy } from './http-wait-strategy.js';
import { JobStateWaitStrategy, type JobStateOptions } from './job-state-wait-strategy.js';
import { TaskManagersWaitStrategy, type TaskManagerCondition } from './task-managers-wait-strategy.js';
import type { CheckResult, WaitStrategy } from './wait-strategy.js';

/**
 * The only public entry to wait strategies.
 * @example await Wait.forTaskManagers(2).withTimeout(60_000).waitUntilReady(cluster.waitTarget());
 */
export const Wait = {
  /** GET <restUrl><path> answers `status` (default 200). `forHttp('/')` is the web UI. */
  forHttp: (path: string, status = 200) => new HttpWaitStrategy(path, status),
  /** Exactly `n` TaskManagers registered; pass a condition for at-least / present / absent ids. */
  forTaskManagers: (condition: number | TaskManagerCondition) =>
    new TaskManagersWaitStrategy(typeof condition === 'number' ? { count: condition } : condition),
  /** The ResourceManager no longer lists this TaskManager (a kill was noticed). */
  forTaskManagerGone: (id: string) => new TaskManagersWaitStrategy({ absent: [id] }),
  forJobState: (jobId: string, states: JobState | readonly JobState[], options?: JobStateOptions) =>
    new JobStateWaitStrategy(jobId, states, options),
  forCompletedCheckpoints: (jobId: string, count: number, options?: CompletedCheckpointsOptions) =>
    new CompletedCheckpointsWaitStrategy(jobId, count, options),
  forAll: (strategies: readonly WaitStrategy[]) => new CompositeWaitStrategy(strategies),
  /** A condition of the caller's: `check` says what one poll saw (done / pending / failed). */
  until: <T>(description: string, check: (signal: AbortSignal | undefined) => Promise<CheckResult<T>>) => new ConditionWaitStrategy<T>(description, check),
};
