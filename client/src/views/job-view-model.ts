// A job as the Flink view shows it: one item per job with state, uptime, restarts and checkpoint
// counts, and children for the last completed / failed / restored checkpoint and the last
// exception. Plain data built from REST (JobOverview, plus a ClusterJobSummary once fetched), so the view
// is unit-tested without VS Code; the client maps these nodes to TreeItems.
import { TERMINAL_JOB_STATES, type JobOverview, type JobState } from '../../../core/flink-rest/index.js';
import type { ClusterJobSummary } from '../../../core/jobs/index.js';
import { COMMAND_IDS } from '../../../core/protocol/index.js';

export interface JobViewNode {
  /** Stable across refreshes, so VS Code keeps expansion and selection. */
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  /** A codicon id, e.g. `server`; `~spin` animates. */
  icon: string;
  /** A theme color id for the icon, e.g. `testing.iconPassed`. */
  iconColor?: string;
  /** `job.<state>` (e.g. `job.running`, `job.canceled`), `job-checkpoints`, `job-checkpoint`, `job-exception`, `job-info`. */
  contextValue: string;
  children?: JobViewNode[];
  /** Starts collapsed: a job's details are one click away, the list of jobs stays short. */
  collapsed?: boolean;
  /** The job every node of a job belongs to: the argument of job commands. */
  jobId?: string;
  /** A checkpoint or savepoint location (as Flink reports it). */
  path?: string;
  /** Run on click. */
  command?: { command: string; arguments: unknown[] };
}

export interface JobViewOptions {
  /** IANA zone for clock times; the machine's zone when absent (tests pin it). */
  timeZone?: string;
}

/** Ended jobs kept in the view: enough to restart the one just cancelled, not a whole history. */
export const MAX_ENDED_JOBS = 5;

/** `job.running`, `job.canceled`, …: package.json menus match `viewItem =~ /^job\.(running|restarting)$/` etc. */
export function jobContextValue(state: JobState): string {
  return `job.${state.toLowerCase()}`;
}

export function isEndedJob(state: JobState): boolean {
  return TERMINAL_JOB_STATES.includes(state);
}

/** Active jobs newest first, then up to MAX_ENDED_JOBS ended ones, newest first. */
export function jobsToShow<T extends Pick<JobOverview, 'state' | 'start-time'>>(jobs: readonly T[]): T[] {
  const newestFirst = [...jobs].sort((a, b) => b['start-time'] - a['start-time']);
  const active = newestFirst.filter((j) => !isEndedJob(j.state));
  const ended = newestFirst.filter((j) => isEndedJob(j.state)).slice(0, MAX_ENDED_JOBS);
  return [...active, ...ended];
}

/** The node of one job; with a summary it gets details as children and a full tooltip. */
export function jobNode(job: JobOverview, summary: ClusterJobSummary | undefined, options: JobViewOptions = {}): JobViewNode {
  const state = summary?.state ?? job.state;
  const base: JobViewNode = {
    id: `job:${job.jid}`,
    label: job.name,
    description: state.toLowerCase(),
    icon: stateIcon(state),
    ...stateColor(state),
    contextValue: jobContextValue(state),
    jobId: job.jid,
  };
  if (!summary) return { ...base, tooltip: `${job.name}\n${job.jid}\nstate: ${state}` };
  const restarts = restartCount(summary);
  const checkpoints = summary.checkpoints;
  const description = [
    state.toLowerCase(),
    isEndedJob(state) ? `ran ${formatUptime(summary.durationMs)}` : `up ${formatUptime(summary.durationMs)}`,
    plural(restarts, 'restart'),
    checkpoints ? `${checkpoints.completed} ✓ ${checkpoints.failed} ✗` : 'no checkpointing',
  ].join(' · ');
  const children = [checkpointsNode(summary, options), ...(summary.lastException ? [exceptionNode(summary, options)] : [])];
  return { ...base, description, tooltip: jobTooltip(summary, restarts, options), children, collapsed: true };
}

/**
 * Restarts so far: each entry of the exception history is a failure, and each failure restarted
 * the job except a final one that ended it (FAILED).
 */
export function restartCount(summary: Pick<ClusterJobSummary, 'failures' | 'state'>): number {
  return summary.state === 'FAILED' ? Math.max(0, summary.failures - 1) : summary.failures;
}

function checkpointsNode(summary: ClusterJobSummary, options: JobViewOptions): JobViewNode {
  const jobId = summary.id;
  const chart = { command: COMMAND_IDS.showCheckpointChart, arguments: [jobId] };
  const c = summary.checkpoints;
  if (!c) {
    return {
      id: `job:${jobId}:checkpoints`,
      label: 'Checkpointing off',
      tooltip: 'This job does not checkpoint: after a failure it restarts from scratch and its state is lost. Enable checkpointing (the FLINK001 quick fix).',
      icon: 'circle-slash',
      iconColor: 'list.warningForeground',
      contextValue: 'job-info',
      jobId,
    };
  }
  const children: JobViewNode[] = [];
  if (c.lastCompleted) {
    const size = c.lastCompleted.sizeBytes === undefined ? [] : [formatBytes(c.lastCompleted.sizeBytes)];
    children.push({
      id: `job:${jobId}:completed`,
      label: `Last completed #${c.lastCompleted.id}`,
      description: [formatClock(c.lastCompleted.time, options), formatMillis(c.lastCompleted.durationMs), ...size].join(' · '),
      tooltip: `Checkpoint ${c.lastCompleted.id} completed at ${formatDateTime(c.lastCompleted.time, options)} in ${formatMillis(c.lastCompleted.durationMs)}${c.lastCompleted.path ? `\n${c.lastCompleted.path}` : ''}`,
      icon: 'pass',
      iconColor: 'testing.iconPassed',
      contextValue: 'job-checkpoint',
      jobId,
      ...(c.lastCompleted.path ? { path: c.lastCompleted.path } : {}),
    });
  }
  if (c.lastFailed) {
    children.push({
      id: `job:${jobId}:failed`,
      label: `Last failed #${c.lastFailed.id}`,
      description: [formatClock(c.lastFailed.time, options), ...(c.lastFailed.message ? [firstLine(c.lastFailed.message)] : [])].join(' · '),
      tooltip: `Checkpoint ${c.lastFailed.id} failed at ${formatDateTime(c.lastFailed.time, options)}${c.lastFailed.message ? `\n${c.lastFailed.message}` : ''}`,
      icon: 'error',
      iconColor: 'testing.iconFailed',
      contextValue: 'job-checkpoint-failed',
      jobId,
    });
  }
  if (c.lastRestored) {
    const kind = c.lastRestored.isSavepoint ? 'savepoint' : 'checkpoint';
    children.push({
      id: `job:${jobId}:restored`,
      label: `Restored from ${kind} #${c.lastRestored.id}`,
      description: formatClock(c.lastRestored.time, options),
      tooltip: `Restored from ${kind} ${c.lastRestored.id} at ${formatDateTime(c.lastRestored.time, options)}${c.lastRestored.path ? `\n${c.lastRestored.path}` : ''}`,
      icon: 'history',
      contextValue: 'job-checkpoint',
      jobId,
      ...(c.lastRestored.path ? { path: c.lastRestored.path } : {}),
    });
  }
  if (children.length === 0) {
    children.push({ id: `job:${jobId}:no-checkpoint`, label: 'No checkpoint completed yet', icon: 'info', contextValue: 'job-info', jobId });
  }
  return {
    id: `job:${jobId}:checkpoints`,
    label: 'Checkpoints',
    description: `${c.completed} completed · ${c.failed} failed · ${c.inProgress} in progress${c.restored > 0 ? ` · ${plural(c.restored, 'restore')}` : ''}`,
    tooltip: 'Click to open the checkpoint chart',
    icon: 'graph',
    contextValue: 'job-checkpoints',
    jobId,
    command: chart,
    children,
  };
}

function exceptionNode(summary: ClusterJobSummary, options: JobViewOptions): JobViewNode {
  const e = summary.lastException!;
  return {
    id: `job:${summary.id}:exception`,
    label: 'Last exception',
    description: `${formatClock(e.time, options)} · ${firstLine(e.message)}`,
    tooltip: `${formatDateTime(e.time, options)}${e.taskName ? ` in ${e.taskName}` : ''}\n${e.message}\nClick for the exception history.`,
    icon: 'bug',
    iconColor: 'list.warningForeground',
    contextValue: 'job-exception',
    jobId: summary.id,
    command: { command: COMMAND_IDS.showJobExceptions, arguments: [summary.id] },
  };
}

function jobTooltip(s: ClusterJobSummary, restarts: number, options: JobViewOptions): string {
  const lines = [
    s.name,
    `id: ${s.id}`,
    `state: ${s.state}`,
    `started: ${formatDateTime(s.startTime, options)} (${isEndedJob(s.state) ? 'ran' : 'up'} ${formatUptime(s.durationMs)})`,
    `restarts: ${restarts}`,
  ];
  const c = s.checkpoints;
  if (!c) lines.push('checkpointing: off');
  else {
    lines.push(`checkpoints: ${c.completed} completed, ${c.failed} failed, ${c.inProgress} in progress, ${c.restored} restored`);
    if (c.lastCompleted) lines.push(`last completed: #${c.lastCompleted.id} at ${formatClock(c.lastCompleted.time, options)}${c.lastCompleted.path ? ` (${c.lastCompleted.path})` : ''}`);
    if (c.lastFailed) lines.push(`last failed: #${c.lastFailed.id} at ${formatClock(c.lastFailed.time, options)}`);
    if (c.lastRestored) lines.push(`restored from: #${c.lastRestored.id} at ${formatClock(c.lastRestored.time, options)}${c.lastRestored.path ? ` (${c.lastRestored.path})` : ''}`);
  }
  if (s.lastException) lines.push(`last exception: ${firstLine(s.lastException.message)}`);
  return lines.join('\n');
}

function stateIcon(state: JobState): string {
  switch (state) {
    case 'RUNNING':
      return 'play-circle';
    case 'FAILING':
    case 'RESTARTING':
      return 'warning';
    case 'FAILED':
      return 'error';
    case 'CANCELED':
      return 'circle-slash';
    case 'FINISHED':
      return 'pass';
    default:
      return 'circle-outline';
  }
}

function stateColor(state: JobState): { iconColor?: string } {
  if (state === 'RUNNING') return { iconColor: 'testing.iconPassed' };
  if (state === 'FAILING' || state === 'RESTARTING') return { iconColor: 'list.warningForeground' };
  if (state === 'FAILED') return { iconColor: 'testing.iconFailed' };
  return {};
}

/** `45 s`, `3m 12s`, `2h 05m`, `1d 3h`: how long a job has run. */
export function formatUptime(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h}h ${String(m % 60).padStart(2, '0')}m`;
  return `${Math.floor(h / 24)}d ${h % 24}h`;
}

/** `45 ms`, `1.2 s`, `75 s`: how long a checkpoint took. */
export function formatMillis(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.round(ms / 1000)} s`;
}

/** `512 B`, `1.2 KB`, `3.4 MB`. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** `14:03:21`: today's events in a view refreshed every few seconds. */
export function formatClock(epochMs: number, options: JobViewOptions = {}): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', ...zone(options) }).format(epochMs);
}

/** `2024-05-01 14:03:21`. */
export function formatDateTime(epochMs: number, options: JobViewOptions = {}): string {
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', ...zone(options) }).format(epochMs);
  return `${parts} ${formatClock(epochMs, options)}`;
}

function zone(options: JobViewOptions): { timeZone?: string } {
  return options.timeZone ? { timeZone: options.timeZone } : {};
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? text;
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
