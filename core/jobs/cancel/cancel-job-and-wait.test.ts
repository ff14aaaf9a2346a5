import { describe, expect, it } from 'vitest';
import { isWaitTimeoutError } from '../../cluster/index.js';
import type { JobDetail, JobState } from '../../flink-rest/index.js';
import { cancelJobAndWait } from './cancel-job-and-wait.js';

/** A job that goes through the given states, one per `job()` call after the cancel. */
function fakeRest(initial: JobState, afterCancel: JobState[]) {
  const calls: string[] = [];
  let cancelled = false;
  let polls = 0;
  const detail = (state: JobState) => ({ jid: 'j1', state, vertices: [] }) as unknown as JobDetail;
  return {
    calls,
    rest: {
      async job() {
        calls.push('job');
        return detail(cancelled ? afterCancel[Math.min(polls++, afterCancel.length - 1)]! : initial);
      },
      async cancelJob() {
        calls.push('cancel');
        cancelled = true;
      },
    },
  };
}

describe('cancelJobAndWait', () => {
  it('cancels a running job and waits until it is CANCELED', async () => {
    const { rest, calls } = fakeRest('RUNNING', ['CANCELLING', 'CANCELLING', 'CANCELED']);
    const job = await cancelJobAndWait(rest, 'j1', { pollIntervalMs: 1 });
    expect(job.state).toBe('CANCELED');
    expect(calls).toEqual(['job', 'cancel', 'job', 'job', 'job']);
  });

  it('does not cancel a job that already ended', async () => {
    const { rest, calls } = fakeRest('FINISHED', []);
    expect((await cancelJobAndWait(rest, 'j1')).state).toBe('FINISHED');
    expect(calls).toEqual(['job']);
  });

  it('times out saying what the job was last seen doing', async () => {
    const { rest } = fakeRest('RUNNING', ['CANCELLING']);
    const error = await cancelJobAndWait(rest, 'j1', { pollIntervalMs: 1, timeoutMs: 20 }).catch((e: unknown) => e);
    expect(isWaitTimeoutError(error) && error.lastSeen).toBe('state CANCELLING');
  });
});
