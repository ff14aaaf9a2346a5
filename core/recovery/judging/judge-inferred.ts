// Judges an ordinary job's output with no configuration, from its lines before the fault and after
// the restore:
// - "started over": the job's very first line, printed before the restored checkpoint was taken,
//   is printed again after the restore, or every number it prints began again (a source that
//   ignored its checkpointed position);
// - "state went back": a number that grows per key before the fault (count=, seq=, a tuple's #1)
//   comes back below what it had reached before the restored checkpoint was taken (counts kept in a
//   plain field), while the restored state should hold at least that;
// - continued: every such number resumed at or above that value.
// Lines printed between the checkpoint and the fault come again with an at-least-once sink: they
// are replays, reported, never failures. No growing number and no repeat: not judged.
import type { OutputRecord } from '../drill-ports.js';
import { lineFields, type LineFields } from './output-fields.js';

export interface RestorePoint {
  checkpointId: number;
  /** When Flink triggered the restored checkpoint: lines read before it are inside its state. */
  triggeredAt: number;
}

export interface InferredVerdict {
  status: 'passed' | 'failed' | 'not-judged';
  /** For failures: which kind, so the report and the finding can say it in words. */
  failure?: 'started-over' | 'state-went-back';
  expected: string;
  seen: string;
  evidence: Record<string, unknown>;
}

/** A number followed per key: its values before the fault, and after the restore. */
interface Series {
  key: string;
  field: string;
  first: number;
  /** The highest value read before the checkpoint was triggered (undefined: none that early). */
  atCheckpoint?: number;
  last: number;
  lowestAfter?: number;
}

const MIN_VALUES = 3;

export function judgeInferred(before: readonly OutputRecord[], after: readonly OutputRecord[], restore: RestorePoint | undefined): InferredVerdict {
  const parsedBefore = before.map((r) => ({ r, f: lineFields(r.line) }));
  const parsedAfter = after.map((r) => ({ r, f: lineFields(r.line) }));
  const replayed = replayedLines(before, after, restore);
  const evidence: Record<string, unknown> = {
    restoredCheckpoint: restore?.checkpointId ?? null,
    firstLines: before.slice(0, 3).map((r) => r.line),
    replayed: { count: replayed.length, lines: replayed.slice(0, 5) },
  };

  const startedOver = repeatedFirstLine(before, after, restore);
  if (startedOver) {
    return {
      status: 'failed',
      failure: 'started-over',
      expected: "no line from before the restored checkpoint printed again (the job's first output in particular)",
      seen: `started over: the job's first line "${startedOver}" was printed again after the restore${restore ? `, though checkpoint ${restore.checkpointId} was taken after it` : ''}`,
      evidence: { ...evidence, firstLine: startedOver },
    };
  }

  const series = growingSeries(parsedBefore.flatMap(({ r, f }) => (f ? [{ r, f }] : [])), restore);
  for (const { f } of parsedAfter) {
    if (!f) continue;
    for (const s of series) {
      const v = f.key === s.key ? f.numbers.get(s.field) : undefined;
      if (v !== undefined) s.lowestAfter = Math.min(s.lowestAfter ?? v, v);
    }
  }
  const judged = series.filter((s) => s.atCheckpoint !== undefined && s.lowestAfter !== undefined);
  evidence['followed'] = judged.slice(0, 8).map(describeSeries);
  if (judged.length === 0) {
    const structured = parsedBefore.some(({ f }) => f);
    return {
      status: 'not-judged',
      expected: 'a number that grows per key before the fault (count=…, seq=…, a tuple field), printed again after the restore',
      seen: !structured
        ? 'its output has no structure the drill can compare (no key=value pairs, tuples or JSON with numbers) and no progress assertion is configured'
        : series.length === 0
          ? 'no number in its output grows per key before the fault, and no progress assertion is configured'
          : 'the numbers that grew before the fault were not printed again after the restore (or none was printed before the restored checkpoint was taken)',
      evidence,
    };
  }
  const wentBack = judged.filter((s) => s.lowestAfter! < s.atCheckpoint!);
  const backToStart = (s: Series): boolean => s.lowestAfter! <= s.first + Math.max(1, 0.1 * (s.atCheckpoint! - s.first));
  if (wentBack.length === judged.length && judged.every(backToStart)) {
    // Every number the job prints began again: the job as a whole started over (position and state).
    const s = judged[0]!;
    return {
      status: 'failed',
      failure: 'started-over',
      expected: 'the numbers the job prints to resume at or above what they had reached when the restored checkpoint was taken',
      seen: `started over: ${s.field}${s.key ? ` for ${s.key}` : ''} printed ${s.lowestAfter} again after the restore (its first value was ${s.first}; it had reached ${s.atCheckpoint} before checkpoint ${restore?.checkpointId ?? '?'} was taken)`,
      evidence: { ...evidence, wentBack: judged.slice(0, 8).map(describeSeries) },
    };
  }
  if (wentBack.length > 0) {
    const continued = [...new Set(judged.filter((s) => !wentBack.some((w) => w.field === s.field)).map((s) => s.field))];
    const s = wentBack[0]!;
    const toInitial = backToStart(s);
    return {
      status: 'failed',
      failure: 'state-went-back',
      expected: `every number that grew per key to resume at or above what it had reached when the restored checkpoint was taken`,
      seen:
        `state went back: ${s.field} for ${s.key || 'the job'} had reached ${s.atCheckpoint} before checkpoint ${restore?.checkpointId ?? '?'} was taken, ` +
        `and was ${s.lowestAfter} after the restore${toInitial ? ` (back to its initial value ${s.first})` : ''}` +
        `${wentBack.length > 1 ? `; ${wentBack.length - 1} more key/field pair(s) went back` : ''}` +
        `${continued.length > 0 ? `, while ${continued.join(', ')} continued` : ''}`,
      evidence: { ...evidence, wentBack: wentBack.slice(0, 8).map(describeSeries) },
    };
  }
  const fields = [...new Set(judged.map((s) => s.field))];
  return {
    status: 'passed',
    expected: 'every number that grew per key to resume at or above what it had reached when the restored checkpoint was taken',
    seen:
      `continued: ${fields.join(', ')} resumed at or above the checkpointed value for ${judged.length} key/field pair(s)` +
      `${replayed.length > 0 ? `; ${replayed.length} line(s) printed between the checkpoint and the fault came again (at-least-once replay, expected: ${replayed.slice(0, 2).map((l) => `"${l}"`).join(', ')}${replayed.length > 2 ? ', …' : ''})` : ''}`,
    evidence,
  };
}

/** Per key and numeric field, the series that only grow before the fault (at least 3 values, not all equal). */
function growingSeries(lines: readonly { r: OutputRecord; f: LineFields }[], restore: RestorePoint | undefined): Series[] {
  const values = new Map<string, { key: string; field: string; values: number[]; atCheckpoint?: number }>();
  for (const { r, f } of lines) {
    for (const [field, v] of f.numbers) {
      const id = `${f.key}\u0000${field}`;
      const entry = values.get(id) ?? { key: f.key, field, values: [] };
      entry.values.push(v);
      if (restore && r.time < restore.triggeredAt) entry.atCheckpoint = Math.max(entry.atCheckpoint ?? v, v);
      values.set(id, entry);
    }
  }
  return [...values.values()]
    .filter((e) => e.values.length >= MIN_VALUES && e.values.every((v, i) => i === 0 || v >= e.values[i - 1]!) && e.values.at(-1)! > e.values[0]!)
    .map((e) => ({ key: e.key, field: e.field, first: e.values[0]!, last: e.values.at(-1)!, ...(e.atCheckpoint !== undefined && { atCheckpoint: e.atCheckpoint }) }));
}

/**
 * The job's first line, when it is distinctive, was read before the restored checkpoint, and comes
 * again after the restore. Only lines with structure count: a TaskManager prints its own banner to
 * the same `.out` ("Starting Task Manager"), and a replacement prints it again.
 */
function repeatedFirstLine(before: readonly OutputRecord[], after: readonly OutputRecord[], restore: RestorePoint | undefined): string | undefined {
  const first = before.find((r) => lineFields(r.line) !== undefined);
  if (!first || (restore && first.time >= restore.triggeredAt)) return undefined;
  const text = normalise(first.line);
  if (before.filter((r) => normalise(r.line) === text).length > 1) return undefined;
  return after.some((r) => normalise(r.line) === text) ? text : undefined;
}

/** Lines after the restore that repeat lines printed after the checkpoint was triggered: at-least-once replays. */
function replayedLines(before: readonly OutputRecord[], after: readonly OutputRecord[], restore: RestorePoint | undefined): string[] {
  if (!restore) return [];
  const sinceCheckpoint = new Set(before.filter((r) => r.time >= restore.triggeredAt).map((r) => normalise(r.line)));
  return after.map((r) => normalise(r.line)).filter((t) => sinceCheckpoint.has(t));
}

function normalise(line: string): string {
  return line.replace(/^\s*\d+>\s*/, '').trim();
}

function describeSeries(s: Series): string {
  return `${s.key || '(all)'} ${s.field}: first ${s.first}, ${s.atCheckpoint !== undefined ? `${s.atCheckpoint} before the checkpoint, ` : ''}last ${s.last} before the fault${s.lowestAfter !== undefined ? `, lowest ${s.lowestAfter} after the restore` : ''}`;
}
