// How long checkpoints took before a fault, while it held and after it was lifted, from Flink's
// checkpoint history: a slow or lossy network shows here even when the job never fails.
import type { CheckpointingStatistics } from '../../flink-rest/index.js';

export interface DurationWindow {
  /** Checkpoint ids triggered in the window, with Flink's end-to-end duration in ms. */
  checkpoints: { id: number; status: string; durationMs: number }[];
  medianMs?: number;
}

export interface CheckpointDurations {
  before: DurationWindow;
  during: DurationWindow;
  after: DurationWindow;
}

/** From histories read at different times (Flink keeps only the last few entries), merged by id. */
export function checkpointDurations(histories: readonly CheckpointingStatistics['history'][], faultAt: number, healedAt: number | undefined): CheckpointDurations {
  const byId = new Map(histories.flat().map((h) => [h.id, h]));
  const windowOf = (from: number, to: number): DurationWindow => {
    const checkpoints = [...byId.values()]
      .filter((h) => h.trigger_timestamp >= from && h.trigger_timestamp < to && h.status !== 'IN_PROGRESS')
      .map((h) => ({ id: h.id, status: h.status, durationMs: h.end_to_end_duration }))
      .sort((a, b) => a.id - b.id);
    const completed = checkpoints.filter((c) => c.status === 'COMPLETED').map((c) => c.durationMs).sort((a, b) => a - b);
    const medianMs = completed.length > 0 ? completed[Math.floor((completed.length - 1) / 2)] : undefined;
    return { checkpoints, ...(medianMs !== undefined && { medianMs }) };
  };
  const end = healedAt ?? Number.MAX_SAFE_INTEGER;
  return { before: windowOf(0, faultAt), during: windowOf(faultAt, end), after: windowOf(end, Number.MAX_SAFE_INTEGER) };
}

export function describeDurations(d: CheckpointDurations): string {
  const part = (name: string, w: DurationWindow) => (w.medianMs !== undefined ? `${name} ${w.medianMs} ms` : `${name} none`);
  return `checkpoint duration (median) ${part('before', d.before)}, ${part('while held', d.during)}, ${part('after', d.after)}`;
}
