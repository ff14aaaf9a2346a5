// The vscode-free parts of the job commands: which job an argument names, what a job error offers,
// and what is remembered per submitted job.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BuildFailedError, ClusterNotRunningError, EntryClassNotFoundError, JobStartFailedError, NoRetainedCheckpointError, RestorePathNotFoundError } from '../../../core/jobs/index.js';

vi.mock('vscode', () => import('../test-support/fake-vscode.js'));

const { jobIdOf } = await import('./job-picks.js');
const { jobErrorActions } = await import('./show-job-error.js');
const { SubmissionMemory } = await import('./submission-memory.js');

const JOB = '3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6';

describe('jobIdOf', () => {
  it('takes a tree node or a job id, and nothing else', () => {
    expect(jobIdOf({ jobId: JOB, label: 'x' })).toBe(JOB);
    expect(jobIdOf(JOB)).toBe(JOB);
    expect(jobIdOf('not-a-job')).toBeUndefined();
    expect(jobIdOf({ tmId: 'tm-1' })).toBeUndefined();
    expect(jobIdOf(undefined)).toBeUndefined();
  });
});

describe('jobErrorActions', () => {
  it('leads each error to its fix', () => {
    const titles = (e: Error) => jobErrorActions(e).map((a) => `${a.title} → ${a.command} ${JSON.stringify(a.args)}`);
    expect(titles(new BuildFailedError({ command: 'mvn package', exitCode: 1, errors: [], outputTail: '' }))).toEqual(['Show Problems → workbench.actions.view.problems []']);
    expect(titles(new JobStartFailedError({ jobId: JOB, rootCause: 'boom', details: '', phase: 'start' }))).toEqual([`Show Exceptions → flinkFt.showJobExceptions ["${JOB}"]`]);
    expect(titles(new JobStartFailedError({ rootCause: 'rejected', details: '', phase: 'submit' }))).toEqual([]);
    expect(titles(new EntryClassNotFoundError('/j.jar', 'a.B', ['a.C']))).toEqual(['Submit Job… → flinkFt.submitJob []']);
    expect(titles(new ClusterNotRunningError('for workspace /w'))).toEqual(['Start Local Cluster → flinkFt.startCluster []']);
    expect(titles(new NoRetainedCheckpointError('/w/.flink/checkpoints', JOB))).toEqual(['Restart from Savepoint… → flinkFt.restartFromSavepoint []']);
    expect(titles(new RestorePathNotFoundError('/w/.flink/checkpoints/x/chk-9'))).toEqual([]);
  });
});

describe('SubmissionMemory', () => {
  let store: Map<string, unknown>;
  const memento = {
    keys: () => [...store.keys()],
    get: <T>(key: string, fallback?: T) => (store.has(key) ? (store.get(key) as T) : fallback),
    update: async (key: string, value: unknown) => void store.set(key, value),
  };
  beforeEach(() => {
    store = new Map();
  });

  it('remembers what ran as which job, finds it by the savepoint prefix, newest first', async () => {
    const memory = new SubmissionMemory(memento as never);
    await memory.remember(JOB, { artifact: '/w/target/job.jar', entryClass: 'a.Job', jobName: 'Counts', submittedAt: 1 });
    await memory.remember('b'.repeat(32), { artifact: '/w/job.py', submittedAt: 2 });
    expect(memory.get(JOB)).toEqual({ artifact: '/w/target/job.jar', entryClass: 'a.Job', jobName: 'Counts', submittedAt: 1 });
    expect(memory.byPrefix('3f2a9c')?.submission.artifact).toBe('/w/target/job.jar');
    expect(memory.byPrefix('cccccc')).toBeUndefined();
    expect(memory.recent().map((r) => r.submission.artifact)).toEqual(['/w/job.py', '/w/target/job.jar']);
  });

  it('keeps the newest fifty', async () => {
    const memory = new SubmissionMemory(memento as never);
    for (let i = 0; i < 55; i += 1) await memory.remember(i.toString(16).padStart(32, '0'), { artifact: `/a${i}`, submittedAt: i });
    expect(memory.recent()).toHaveLength(50);
    expect(memory.recent().at(-1)?.submission.artifact).toBe('/a5');
  });
});
