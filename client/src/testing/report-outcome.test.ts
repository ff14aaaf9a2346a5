import { describe, expect, it } from 'vitest';
import type { RecoveryReport, StepResult } from '../../../core/recovery/index.js';
import { outcomeOf, outputOf } from './report-outcome.js';

const step = (over: Partial<StepResult>): StepResult => ({ id: 'submitted', title: 'job built and submitted', status: 'passed', evidence: {}, at: 0, durationMs: 1, ...over });
const report = (over: Partial<RecoveryReport>): RecoveryReport => ({
  verdict: 'pass', summary: 'ok', job: { artifact: 'a.jar', args: [], control: false }, steps: [step({})], timelines: [], startedAt: 0, durationMs: 42_000, phases: { setupMs: 0, cleanupMs: 0 }, ...over,
});

describe('outcomeOf', () => {
  it('passes with the drill\'s duration', () => {
    expect(outcomeOf(report({}))).toEqual({ kind: 'passed', durationMs: 42_000 });
  });

  it('fails with expected vs actual for every failed step', () => {
    const failed = step({ id: 'restored-from-checkpoint', round: 1, title: 'restored from a checkpoint taken before the kill', status: 'failed', expected: 'counts.restored above 0', seen: 'counts.restored 0' });
    expect(outcomeOf(report({ verdict: 'fail', steps: [step({}), failed] }))).toEqual({
      kind: 'failed',
      durationMs: 42_000,
      messages: [{ message: 'kill 1: restored from a checkpoint taken before the kill', expected: 'counts.restored above 0', actual: 'counts.restored 0' }],
    });
  });

  it('reports inconclusive as errored and a cancelled drill as skipped', () => {
    const idle = step({ id: 'target-picked', round: 1, title: 'a TaskManager running the job picked', status: 'inconclusive', seen: 'tm-3 runs none', message: 'Killing tm-3 cannot show recovery.' });
    expect(outcomeOf(report({ verdict: 'inconclusive', steps: [idle] }))).toMatchObject({ kind: 'errored', messages: [{ message: 'kill 1: a TaskManager running the job picked — Killing tm-3 cannot show recovery.', actual: 'tm-3 runs none' }] });
    expect(outcomeOf(report({ verdict: 'inconclusive', cancelled: true }))).toEqual({ kind: 'skipped' });
  });
});

const restored = step({ id: 'restored-from-checkpoint', round: 1, title: 'restored from a checkpoint taken before the kill', status: 'passed', seen: 'counts.restored 0 → 1, latest.restored id 7 at +2100 ms, with 1204 bytes of state for count' });

describe('outcomeOf for an output that was not judged', () => {
  it('is errored, never passed, with the reason and what would let the check judge it', () => {
    const unjudged = step({ id: 'output-continued', round: 1, title: 'output continued (did not start over)', status: 'not-judged', expected: 'output the drill can compare', seen: 'its output has no structure', message: 'Configure a per-job assertion.' });
    expect(outcomeOf(report({ verdict: 'not-judged', steps: [step({}), restored, unjudged] }))).toEqual({
      kind: 'errored',
      durationMs: 42_000,
      messages: [
        { message: 'Restored, output not judged: kill 1: output continued (did not start over) — Configure a per-job assertion.', expected: 'output the drill can compare', actual: 'its output has no structure' },
        { message: `Evidence, kill 1: restored from a checkpoint taken before the kill: ${restored.seen}` },
      ],
    });
  });
});

describe('outcomeOf for a job whose output shows state or position lost', () => {
  const wentBack = step({
    id: 'output-continued', round: 1, title: 'output continued (did not start over)', status: 'failed',
    expected: 'every number that grew per key to resume',
    seen: 'state went back: count for key=k1 had reached 12 before checkpoint 7 was taken, and was 1 after the restore',
    message: "The job's state went back although Flink restored a later checkpoint.",
  });
  const finding = { ruleId: 'FLINK011', ruleName: 'state-outside-flink', message: 'counts is a plain field.', file: 'src/main/java/shapes/FieldCounts.java', line: 23 };

  it('fails with what was judged and what it means, the restore as evidence, and the finding at its line', () => {
    expect(outcomeOf(report({ verdict: 'fail', steps: [step({}), restored, wentBack], findings: [finding] }))).toEqual({
      kind: 'failed',
      durationMs: 42_000,
      messages: [
        {
          message: `kill 1: output continued (did not start over) — ${wentBack.seen}. ${wentBack.message}`,
          expected: wentBack.expected,
          actual: wentBack.seen,
        },
        { message: `Evidence, kill 1: restored from a checkpoint taken before the kill: ${restored.seen}` },
        { message: 'Static analysis predicted it: FLINK011 state-outside-flink: counts is a plain field.', at: { file: finding.file, line: 23 } },
      ],
    });
  });

  it('cites no restore when the restore itself failed, and nothing of other rounds', () => {
    const notRestored = { ...restored, status: 'failed' as const };
    const otherRound = { ...restored, round: 2 };
    const messages = (outcomeOf(report({ verdict: 'fail', steps: [notRestored, otherRound, wentBack] })) as { messages: { message: string }[] }).messages;
    expect(messages.filter((m) => m.message.startsWith('Evidence'))).toEqual([]);
  });
});

describe('outputOf', () => {
  it('uses CRLF line ends only', () => {
    const text = outputOf(report({}));
    expect(text).toContain('PASS: ok\r\n');
    expect(/[^\r]\n/.test(text)).toBe(false);
  });
});
