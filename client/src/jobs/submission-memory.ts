// What was submitted as which job, kept in the workspace state: "Restart from Latest Checkpoint"
// resubmits the same jar, entry class and arguments without asking again.
import type { Memento } from 'vscode';

export interface Submission {
  /** Jar or PyFlink script on this machine. */
  artifact: string;
  entryClass?: string;
  args?: string[];
  parallelism?: number;
  /** The job's name, for quick picks once the cluster has forgotten the job. */
  jobName?: string;
  submittedAt: number;
}

const KEY = 'flinkFt.jobSubmissions';
const MAX_REMEMBERED = 50;

export class SubmissionMemory {
  constructor(private readonly state: Memento) {}

  get(jobId: string): Submission | undefined {
    return this.all()[jobId];
  }

  /** The submission of a job whose id starts with `prefix` (savepoint names carry 6 hex digits of it). */
  byPrefix(prefix: string): { jobId: string; submission: Submission } | undefined {
    const entry = Object.entries(this.all()).find(([id]) => id.startsWith(prefix));
    return entry && { jobId: entry[0], submission: entry[1] };
  }

  /** Newest first: artifacts to offer again. */
  recent(): { jobId: string; submission: Submission }[] {
    return Object.entries(this.all())
      .map(([jobId, submission]) => ({ jobId, submission }))
      .sort((a, b) => b.submission.submittedAt - a.submission.submittedAt);
  }

  async remember(jobId: string, submission: Submission): Promise<void> {
    const kept = Object.entries({ ...this.all(), [jobId]: submission })
      .sort((a, b) => b[1].submittedAt - a[1].submittedAt)
      .slice(0, MAX_REMEMBERED);
    await this.state.update(KEY, Object.fromEntries(kept));
  }

  private all(): Record<string, Submission> {
    return this.state.get<Record<string, Submission>>(KEY, {});
  }
}
