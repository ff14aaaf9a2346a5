// Turns the moments a kill round went through into the ordered timeline users read:
// kill → failure noticed → restarting → restored → running → next checkpoint.
import type { RoundTimeline, TimelineEvent, TimelineEventName } from './recovery-report.js';

export interface RoundMoments {
  round: number;
  killedTaskManager: string;
  fault?: string;
  replacementTaskManager?: string;
  killAt: number;
  failureNoticedAt?: number;
  failureObservedAt?: number;
  restartingAt?: number;
  restoredAt?: number;
  restoredObservedAt?: number;
  runningAt?: number;
  runningObservedAt?: number;
  nextCheckpointAt?: number;
  nextCheckpointObservedAt?: number;
}

const ORDER: readonly TimelineEventName[] = ['kill', 'failure-noticed', 'restarting', 'restored', 'running', 'next-checkpoint'];

export function buildTimeline(m: RoundMoments): RoundTimeline {
  const raw: Partial<Record<TimelineEventName, { at: number; observedAt?: number }>> = {
    kill: { at: m.killAt },
    ...(m.failureNoticedAt !== undefined && { 'failure-noticed': { at: m.failureNoticedAt, observedAt: m.failureObservedAt } }),
    ...(m.restartingAt !== undefined && { restarting: { at: m.restartingAt } }),
    ...(m.restoredAt !== undefined && { restored: { at: m.restoredAt, observedAt: m.restoredObservedAt } }),
    ...(m.runningAt !== undefined && { running: { at: m.runningAt, observedAt: m.runningObservedAt } }),
    ...(m.nextCheckpointAt !== undefined && { 'next-checkpoint': { at: m.nextCheckpointAt, observedAt: m.nextCheckpointObservedAt } }),
  };
  const events: TimelineEvent[] = [];
  let previous = m.killAt;
  for (const name of ORDER) {
    const e = raw[name];
    if (!e) continue;
    events.push({
      name,
      at: e.at,
      ...(e.observedAt !== undefined && { observedAt: e.observedAt }),
      sinceKillMs: e.at - m.killAt,
      sincePreviousMs: e.at - previous,
    });
    previous = e.at;
  }
  return {
    round: m.round,
    killedTaskManager: m.killedTaskManager,
    ...(m.fault !== undefined && { fault: m.fault }),
    ...(m.replacementTaskManager !== undefined && { replacementTaskManager: m.replacementTaskManager }),
    events,
    ...(m.runningAt !== undefined && { killToRunningMs: m.runningAt - m.killAt }),
    ...(m.restoredAt !== undefined && { killToRestoredMs: m.restoredAt - m.killAt }),
    ...(m.runningAt !== undefined && m.runningObservedAt !== undefined && { checkOverheadMs: Math.max(0, m.runningObservedAt - m.runningAt) }),
  };
}

const LABELS: Record<TimelineEventName, string> = {
  kill: 'TaskManager killed',
  'failure-noticed': 'failure noticed',
  restarting: 'restarting',
  restored: 'restored from checkpoint',
  running: 'running (all tasks)',
  'next-checkpoint': 'next checkpoint completed',
};

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Plain text for the CLI and the Test Explorer's output. */
export function formatTimeline(t: RoundTimeline): string {
  const hit = t.fault && t.fault !== 'kill-tm' ? `${t.fault} on ${t.killedTaskManager}` : `${t.killedTaskManager} killed`;
  const lines = [`${t.fault && t.fault !== 'kill-tm' ? 'round' : 'kill round'} ${t.round}: ${hit}${t.replacementTaskManager ? `, replacement ${t.replacementTaskManager}` : ''}`];
  for (const e of t.events) {
    const seen = e.observedAt !== undefined && e.name !== 'kill' ? ` (seen +${seconds(e.observedAt - e.at)})` : '';
    lines.push(`  +${seconds(e.sinceKillMs).padStart(8)}  ${LABELS[e.name].padEnd(26)} Δ ${seconds(e.sincePreviousMs)}${seen}`);
  }
  if (t.killToRunningMs !== undefined) lines.push(`  kill → running ${seconds(t.killToRunningMs)}${t.killToRestoredMs !== undefined ? `, kill → restored ${seconds(t.killToRestoredMs)}` : ''}${t.checkOverheadMs !== undefined ? `, the check added ${seconds(t.checkOverheadMs)}` : ''}`);
  return lines.join('\n');
}
