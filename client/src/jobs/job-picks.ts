// Which job a command acts on: the tree item it was invoked on, a job id argument, or a quick pick
// of the cluster's jobs, so every job command also works from the command palette.
import { window } from 'vscode';
import type { FlinkRestClient, JobOverview } from '../../../core/flink-rest/index.js';
import { isEndedJob } from '../views/job-view-model.js';

const JOB_ID = /^[0-9a-f]{32}$/;

/** The job id of a tree node (`jobId`) or a string argument. */
export function jobIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string' && JOB_ID.test(arg)) return arg;
  if (typeof arg === 'object' && arg !== null && 'jobId' in arg && typeof arg.jobId === 'string') return arg.jobId;
  return undefined;
}

export type JobFilter = 'active' | 'any';

/** The job of `arg`, else the only candidate, else a quick pick; undefined after explaining there is none. */
export async function resolveJob(rest: FlinkRestClient, arg: unknown, filter: JobFilter, title: string): Promise<JobOverview | undefined> {
  const jobs = await rest.jobs({ timeoutMs: 5_000 });
  const given = jobIdOf(arg);
  if (given) {
    const known = jobs.find((j) => j.jid === given);
    if (known) return known;
    void window.showWarningMessage(`The cluster does not know job ${given}. It may belong to a cluster that was stopped.`);
    return undefined;
  }
  const candidates = jobs.filter((j) => filter === 'any' || !isEndedJob(j.state)).sort((a, b) => b['start-time'] - a['start-time']);
  if (candidates.length === 0) {
    void window.showInformationMessage(filter === 'active' ? 'No job is running. Run "Flink: Submit Job…" first.' : 'The cluster has no jobs yet. Run "Flink: Submit Job…" first.');
    return undefined;
  }
  const picked = await window.showQuickPick(
    candidates.map((job) => ({ label: job.name, description: job.state.toLowerCase(), detail: job.jid, job })),
    { title, placeHolder: 'Which job?', matchOnDetail: true },
  );
  return picked?.job;
}
