// The bundled probe jobs print one status per record (examples/probe/README.md). A correct recovery
// prints only OK; GAP (records skipped), DUPLICATE (the source replayed what the restored state had
// seen) and RESTART (state lost while the source went on) each name a broken guarantee.
import type { OutputRecord } from './drill-ports.js';
import { PROBE_LINE } from './progress-assertion.js';

export interface ProbeSequenceVerdict {
  /** False when no line had the probe format (the job is not a probe). */
  isProbe: boolean;
  ok: boolean;
  counts: Record<string, number>;
  /** Up to 5 offending lines, as printed. */
  offending: string[];
  perKey: Record<string, { lines: number; bad: number }>;
}

export function checkProbeSequence(records: readonly OutputRecord[]): ProbeSequenceVerdict {
  const counts: Record<string, number> = {};
  const perKey: Record<string, { lines: number; bad: number }> = {};
  const offending: string[] = [];
  let matched = 0;
  for (const r of records) {
    const m = PROBE_LINE.exec(r.line);
    if (!m?.groups) continue;
    matched++;
    const status = m.groups['status'] ?? '?';
    const key = m.groups['key'] ?? '?';
    counts[status] = (counts[status] ?? 0) + 1;
    const entry = (perKey[key] ??= { lines: 0, bad: 0 });
    entry.lines++;
    if (status !== 'OK') {
      entry.bad++;
      if (offending.length < 5) offending.push(r.line.trim());
    }
  }
  return { isProbe: matched > 0, ok: offending.length === 0, counts, offending, perKey };
}

/** True when the output looks like a probe job's, so its per-key check and format apply. */
export function looksLikeProbe(records: readonly OutputRecord[]): boolean {
  return records.some((r) => PROBE_LINE.test(r.line));
}
