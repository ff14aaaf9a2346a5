import { describe, expect, it } from 'vitest';
import { buildTimeline, formatTimeline } from './timeline.js';

describe('buildTimeline', () => {
  it('orders the moments, measures from the kill and between steps, and what the check added', () => {
    const t = buildTimeline({
      round: 1, killedTaskManager: 'tm-1', replacementTaskManager: 'tm-3', killAt: 1_000,
      failureNoticedAt: 5_000, failureObservedAt: 5_150, restartingAt: 5_010, restoredAt: 6_500, restoredObservedAt: 6_700,
      runningAt: 7_000, runningObservedAt: 7_180, nextCheckpointAt: 9_000,
    });
    expect(t.events.map((e) => [e.name, e.sinceKillMs, e.sincePreviousMs])).toEqual([
      ['kill', 0, 0], ['failure-noticed', 4_000, 4_000], ['restarting', 4_010, 10], ['restored', 5_500, 1_490], ['running', 6_000, 500], ['next-checkpoint', 8_000, 2_000],
    ]);
    expect(t).toMatchObject({ killToRunningMs: 6_000, killToRestoredMs: 5_500, checkOverheadMs: 180 });
    expect(formatTimeline(t)).toContain('kill → running 6.00 s, kill → restored 5.50 s, the check added 0.18 s');
  });

  it('leaves out what never happened', () => {
    const t = buildTimeline({ round: 2, killedTaskManager: 'tm-2', killAt: 0, failureNoticedAt: 10 });
    expect(t.events.map((e) => e.name)).toEqual(['kill', 'failure-noticed']);
    expect(t.killToRunningMs).toBeUndefined();
  });
});
