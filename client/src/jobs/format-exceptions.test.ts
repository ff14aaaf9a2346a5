import { describe, expect, it } from 'vitest';
import { JOB_ID, exceptions } from '../../../core/jobs/test-support/job-rest-fixtures.js';
import { formatExceptions } from './format-exceptions.js';

describe('formatExceptions', () => {
  it('puts the root cause and where it happened above each stack trace, newest first', () => {
    const text = formatExceptions('CheckpointedCounts', JOB_ID, exceptions, { timeZone: 'UTC' });
    expect(text.split('\n').slice(0, 7)).toEqual([
      `Exception history of CheckpointedCounts (${JOB_ID})`,
      '1 failure(s), newest first.',
      '',
      '─'.repeat(80),
      '#1 2024-05-01 12:01:58 — java.util.concurrent.TimeoutException: Heartbeat of TaskManager with id tm-2 timed out.',
      'task: Source: counts -> Map (1/2) · TaskManager: tm-2',
      '',
    ]);
    expect(text).toContain('\tat org.apache.flink.runtime.jobmaster.JobMaster$TaskManagerHeartbeatListener');
  });

  it('says when there was no failure', () => {
    expect(formatExceptions('J', 'id', { exceptionHistory: { entries: [], truncated: false } })).toBe('Exception history of J (id)\nNo failures so far.\n');
  });
});
