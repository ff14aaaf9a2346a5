// Step "output judged", the output half of a kill round: wait for enough lines after recovery, then
// judge "did not start over" with the job's assertion and, for probe jobs, "no gap or duplicate per key".
import type { OutputRecord } from '../drill-ports.js';
import { checkProbeSequence, looksLikeProbe } from '../probe-sequence.js';
import { PROBE_ASSERTION, checkRegexProgress, checkScriptProgress, compileProgressPattern, type ProgressAssertion } from '../progress-assertion.js';
import { judgeInferred, type InferredVerdict } from '../judging/judge-inferred.js';
import { lineFields } from '../judging/output-fields.js';
import type { RoundStep } from './round-context.js';
import { done, pending, waitFor } from './wait-for.js';

/** Records both output steps; true when neither failed. */
export const outputJudgedStep: RoundStep = async (ctx, state) => {
  const { output, options, log } = ctx;
  const round = state.round;
  const outputMark = state.before!.outputLines;
  const runningObservedAt = state.moments!.runningObservedAt!;
  const t = Date.now();
  const all = output.records();
  const assertion: ProgressAssertion | undefined = options.assertion ?? (looksLikeProbe(all) ? PROBE_ASSERTION : undefined);
  if (!assertion && options.endToEnd) {
    // A Kafka pipeline prints nothing: the output topic is its output, judged by the end-to-end check.
    log.record('output-continued', 'skipped', t, { seen: `judged in ${options.endToEnd.outputTopic} by the end-to-end check` }, round);
    return true;
  }
  const pattern = assertion?.kind === 'regex' ? compileProgressPattern(assertion.pattern) : undefined;

  // Enough output after recovery: every key printed before prints `linesAfterRecovery` lines again.
  // Without an assertion the keys come from the lines' own structure (inferred judging).
  const keyOfLine = (r: OutputRecord): string[] => (pattern ? keyOf(r, pattern) : assertion ? [] : inferredKeyOf(r));
  const keysBefore = new Set(all.slice(0, outputMark).flatMap(keyOfLine));
  // A timeout here is no finding: the judges below say what the lines that did come show.
  await waitFor(options, options.timeouts.outputMs, `${options.linesAfterRecovery} lines per key after recovery`, async () => {
    const after = output.records().filter((r) => r.time >= runningObservedAt);
    if (!pattern && keysBefore.size === 0) return after.length >= options.linesAfterRecovery ? done(true) : pending(`${after.length} lines`);
    const counts = new Map<string, number>();
    for (const r of after) for (const k of keyOfLine(r)) counts.set(k, (counts.get(k) ?? 0) + 1);
    const keys = keysBefore.size > 0 ? [...keysBefore] : [...counts.keys()];
    const enough = keys.length > 0 && keys.every((k) => (counts.get(k) ?? 0) >= options.linesAfterRecovery);
    return enough ? done(true) : pending(`lines per key: ${keys.map((k) => `${k || '(all)'} ${counts.get(k) ?? 0}`).join(', ') || 'none'}`);
  });

  const records = output.records();
  // Before: everything read up to the moment the target was picked, just before the kill. After:
  // everything read since (the old attempt's last lines included, which is harmless: the check
  // compares minimum values). Split by position, not by clock: reads are ordered, clocks coarse.
  const before = records.slice(0, outputMark);
  const after = records.slice(outputMark);
  let ok = true;

  if (!assertion) {
    // No assertion: judge from the output's own structure, or say it could not (never pass unexamined).
    const restore = state.restored && state.restoredTriggeredAt !== undefined ? { checkpointId: state.restored.id, triggeredAt: state.restoredTriggeredAt } : undefined;
    const verdict = judgeInferred(before, after, restore);
    ok = verdict.status !== 'failed';
    log.record('output-continued', verdict.status, t, {
      expected: verdict.expected,
      seen: records.length === 0 ? 'the job printed nothing to TaskManager stdout' : verdict.seen,
      ...(verdict.status === 'not-judged' && { message: NOT_JUDGED_HINT }),
      ...(verdict.failure && { message: FAILURE_MESSAGES[verdict.failure] }),
      evidence: { ...verdict.evidence, judgedBy: 'inferred from the output (no assertion configured)', linesBefore: before.length, linesAfter: after.length, sample: sampleLines(before, after) },
    }, round);
  } else {
    const verdict = pattern
      ? checkRegexProgress(before, after, pattern)
      : await checkScriptProgress(before, after, (assertion as { command: string }).command, (assertion as { cwd?: string }).cwd, options.signal);
    ok = verdict.status !== 'failed';
    log.record('output-continued', verdict.status, t, {
      expected: verdict.expected,
      seen: verdict.seen,
      ...(verdict.status === 'failed' && { message: `The output started over: ${verdict.seen}. The source did not continue from its checkpointed position (or the state was lost).` }),
      evidence: { ...verdict.evidence, sample: sampleLines(before, after) },
    }, round);
  }

  const probe = checkProbeSequence(records);
  if (!probe.isProbe) {
    log.record('sequence-intact', 'skipped', Date.now(), { seen: 'not a probe job (no "probe key=… seq=… status=…" lines)' }, round);
  } else {
    ok &&= probe.ok;
    log.record('sequence-intact', probe.ok ? 'passed' : 'failed', Date.now(), {
      expected: 'only status=OK lines per key, before and after the kill',
      seen: probe.ok ? `${probe.counts['OK'] ?? 0} OK lines over ${Object.keys(probe.perKey).length} keys` : `${describeCounts(probe.counts)}; e.g. ${probe.offending.slice(0, 3).join(' | ')}`,
      evidence: { counts: probe.counts, perKey: probe.perKey, offending: probe.offending },
    }, round);
  }
  return ok;
};

const NOT_JUDGED_HINT =
  'To have it judged, print a number that grows per key (e.g. "key=… count=…") or configure a per-job assertion in flink-ft-recovery.json or with --assert-regex (a regex with a named group "value", optionally "key") or --assert-script; see docs/recovery.md#per-job-assertions.';

const FAILURE_MESSAGES: Record<NonNullable<InferredVerdict['failure']>, string> = {
  'started-over': 'The job started over: its source did not continue from its checkpointed position (a source without checkpointed state, see FLINK002).',
  'state-went-back': 'The job\'s state went back although Flink restored a later checkpoint: the value lives outside Flink state (a plain field, e.g. a HashMap), so no checkpoint holds it. Keep it in keyed state (ValueState / MapState).',
};

/** The key of a line by its own structure, for lines with a number to follow. */
function inferredKeyOf(r: OutputRecord): string[] {
  const f = lineFields(r.line);
  return f ? [f.key] : [];
}

function keyOf(r: OutputRecord, pattern: RegExp): string[] {
  const m = pattern.exec(r.line);
  return m?.groups?.['value'] !== undefined ? [m.groups['key'] ?? ''] : [];
}

function describeCounts(counts: Record<string, number>): string {
  return Object.entries(counts).map(([status, n]) => `${n} ${status}`).join(', ');
}

/** A few lines around the kill, as printed, for the report. */
function sampleLines(before: readonly OutputRecord[], after: readonly OutputRecord[]): { before: string[]; after: string[] } {
  return { before: before.slice(-4).map((r) => `${r.tmId}: ${r.line}`), after: after.slice(0, 8).map((r) => `${r.tmId}: ${r.line}`) };
}
