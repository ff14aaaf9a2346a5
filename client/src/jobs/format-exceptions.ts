// The text of the read-only "exceptions" document: Flink's exception history, newest first, with
// the root cause on top of each entry. No `vscode` import, so it is unit-tested.
import type { JobExceptions } from '../../../core/flink-rest/index.js';
import { rootCause } from '../../../core/jobs/index.js';
import { formatDateTime, type JobViewOptions } from '../views/job-view-model.js';

export function formatExceptions(jobName: string, jobId: string, exceptions: JobExceptions, options: JobViewOptions = {}): string {
  const entries = exceptions.exceptionHistory.entries;
  const header = [`Exception history of ${jobName} (${jobId})`, entries.length === 0 ? 'No failures so far.' : `${entries.length} failure(s), newest first${exceptions.exceptionHistory.truncated ? ' (older ones truncated by Flink)' : ''}.`];
  const blocks = entries.map((e, i) => {
    const where = [e.taskName && `task: ${e.taskName}`, e.taskManagerId && `TaskManager: ${e.taskManagerId}`, e.endpoint ?? e.location].filter(Boolean).join(' · ');
    const concurrent = (e.concurrentExceptions ?? []).map((c) => `  concurrent: ${rootCause(c.stacktrace)}${c.taskName ? ` (${c.taskName})` : ''}`);
    return [`#${i + 1} ${formatDateTime(e.timestamp, options)} — ${rootCause(e.stacktrace)}`, ...(where ? [where] : []), ...concurrent, '', e.stacktrace.trimEnd()].join('\n');
  });
  return [...header, ...blocks.map((b) => `\n${'─'.repeat(80)}\n${b}`)].join('\n') + '\n';
}
