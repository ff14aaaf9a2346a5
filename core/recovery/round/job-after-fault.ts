// How the job looks after the fault, from REST: did its tasks restart, what is still not running,
// and the exception Flink recorded for the fault.
import type { JobDetail } from '../../flink-rest/index.js';
import type { RoundContext } from './round-context.js';

/**
 * Whether tasks were redeployed since `t`: a restarted vertex's start-time moves past it. Region
 * failover may restart tasks without the job itself going through RESTARTING.
 */
export function restartedSince(job: JobDetail, t: number): boolean {
  return (job.timestamps.RESTARTING ?? 0) >= t || job.vertices.some((v) => v['start-time'] >= t);
}

export function describeJob(job: JobDetail | undefined): string {
  if (!job) return 'unknown';
  const waiting = job.vertices.filter((v) => v.status !== 'RUNNING').map((v) => `${v.name} ${v.status}`);
  return `${job.state}${waiting.length ? ` (${waiting.join(', ')})` : ''}`;
}

export interface FailureCause {
  exceptionName: string;
  timestamp: number;
  taskManagerId?: string;
  taskName?: string;
  message?: string;
}

/** The exception Flink recorded for the fault (earliest entry after it), or the latest when `latest`. */
export async function failureCause(ctx: RoundContext, since: number, latest = false): Promise<FailureCause | undefined> {
  const history = await ctx.cluster.rest.jobExceptions(ctx.jobId, 10, { signal: ctx.options.signal }).catch(() => undefined);
  const entries = (history?.exceptionHistory.entries ?? []).filter((e) => e.timestamp >= since - 1_000).sort((a, b) => a.timestamp - b.timestamp);
  const e = latest ? entries.at(-1) : entries[0];
  return e && {
    exceptionName: e.exceptionName,
    timestamp: e.timestamp,
    ...(e.taskManagerId && { taskManagerId: e.taskManagerId }),
    ...(e.taskName && { taskName: e.taskName }),
    message: e.stacktrace.split('\n')[0]?.slice(0, 300),
  };
}
