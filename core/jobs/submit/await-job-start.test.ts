// When a submitted job counts as started: all tasks RUNNING and still healthy through the grace
// window. The fake JobManager answers by poll count, not by time, so no result depends on speed.
import { describe, expect, it } from 'vitest';
import type { JobDetail, JobExceptions, JobState } from '../../flink-rest/index.js';
import { JobStartFailedError } from '../errors/job-start-failed-error.js';
import { jobDetail } from '../test-support/job-rest-fixtures.js';
import { awaitJobStart, type JobStartRest } from './await-job-start.js';

const TRACE = 'java.lang.IllegalStateException: fixture failure on record 10\n\tat example.FailingJob.explode(FailingJob.java:20)';

/** A JobManager that walks through `states`, one per GET /jobs/:id, then stays on the last. */
function fakeRest(states: readonly [JobState, 'RUNNING' | 'DEPLOYING'][]): JobStartRest & { polls: number; cancelled: string[] } {
  const fake = {
    polls: 0,
    cancelled: [] as string[],
    async job(): Promise<JobDetail> {
      const [state, task] = states[Math.min(fake.polls++, states.length - 1)]!;
      return { ...jobDetail, state, vertices: [{ id: 'v', name: 'Map', parallelism: 1, status: task, 'start-time': 0, 'end-time': -1, duration: 0, tasks: {} }] };
    },
    async jobExceptions(): Promise<JobExceptions> {
      const entry = { exceptionName: 'java.lang.IllegalStateException', stacktrace: TRACE, timestamp: 0, taskName: 'Map (1/1)', taskManagerId: 'tm-1', concurrentExceptions: [] };
      return { exceptionHistory: { entries: [entry], truncated: false } } as JobExceptions;
    },
    async cancelJob(jobId: string): Promise<void> {
      fake.cancelled.push(jobId);
    },
  };
  return fake;
}

describe('awaitJobStart', () => {
  it('without grace, a job is started the moment all its tasks run', async () => {
    const rest = fakeRest([['RUNNING', 'DEPLOYING'], ['RUNNING', 'RUNNING'], ['FAILED', 'RUNNING']]);
    await expect(awaitJobStart(rest, jobDetail.jid, { graceMs: 0 })).resolves.toMatchObject({ state: 'RUNNING' });
    expect(rest.polls).toBe(2);
  });

  it('a job that fails within the grace window failed at start, with its root cause, and is not left running', async () => {
    const rest = fakeRest([['RUNNING', 'RUNNING'], ['RUNNING', 'RUNNING'], ['FAILING', 'RUNNING']]);
    const error = await awaitJobStart(rest, jobDetail.jid, { graceMs: 600_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobStartFailedError);
    expect(error).toMatchObject({ rootCause: 'java.lang.IllegalStateException: fixture failure on record 10' });
    expect(rest.cancelled).toEqual([jobDetail.jid]);
  });

  it('a job that restarts within the grace window failed at start too', async () => {
    const rest = fakeRest([['RUNNING', 'RUNNING'], ['RESTARTING', 'DEPLOYING']]);
    await expect(awaitJobStart(rest, jobDetail.jid, { graceMs: 600_000 })).rejects.toBeInstanceOf(JobStartFailedError);
  });

  it('a bounded job that finishes after running is a success, not a failure', async () => {
    const rest = fakeRest([['RUNNING', 'RUNNING'], ['FINISHED', 'RUNNING']]);
    await expect(awaitJobStart(rest, jobDetail.jid, { graceMs: 600_000 })).resolves.toMatchObject({ state: 'FINISHED' });
    expect(rest.cancelled).toEqual([]);
  });
});
