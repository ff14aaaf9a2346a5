import { TERMINAL_JOB_STATES, isHttpStatusError, type JobDetail, type JobState } from '../../flink-rest/index.js';
import { AbstractWaitStrategy, type CheckResult, type WaitRest } from './wait-strategy.js';

export interface JobStateOptions {
  /** Also require every vertex to be RUNNING (a RUNNING job may still be deploying tasks). */
  allTasksRunning?: boolean;
}

/** Waits until a job is in one of the given states; fails at once if it ends in another terminal state. */
export class JobStateWaitStrategy extends AbstractWaitStrategy<JobDetail, WaitRest<'job'>> {
  readonly description: string;
  private readonly states: readonly JobState[];

  constructor(
    private readonly jobId: string,
    states: JobState | readonly JobState[],
    private readonly options: JobStateOptions = {},
  ) {
    super();
    this.states = typeof states === 'string' ? [states] : states;
    this.description = `job ${jobId} to be ${this.states.join(' or ')}${options.allTasksRunning ? ' with all tasks running' : ''}`;
  }

  protected async check(target: WaitRest<'job'>): Promise<CheckResult<JobDetail>> {
    let job: JobDetail;
    try {
      job = await target.rest.job(this.jobId, { signal: target.signal });
    } catch (error) {
      // Right after submission the dispatcher may not know the job yet.
      if (isHttpStatusError(error) && error.status === 404) return { state: 'pending', seen: 'job not known to the cluster (404)' };
      throw error;
    }
    const notRunning = job.vertices.filter((v) => v.status !== 'RUNNING');
    const seen =
      `state ${job.state}` +
      (this.options.allTasksRunning && notRunning.length > 0 ? `, not running: ${notRunning.map((v) => `${v.name} (${v.status})`).join(', ')}` : '');
    if (this.states.includes(job.state)) {
      if (!this.options.allTasksRunning || notRunning.length === 0) return { state: 'done', value: job };
      return { state: 'pending', seen };
    }
    if (TERMINAL_JOB_STATES.includes(job.state)) return { state: 'failed', seen: `the job ended in ${job.state}` };
    return { state: 'pending', seen };
  }
}
