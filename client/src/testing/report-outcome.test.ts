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

describe('outcomeOf for an output that was not judged', () => {
  it('is errored, never passed, with the reason and what would let the check judge it', () => {
    const unjudged = step({ id: 'output-continued', round: 1, title: 'output continued (did not start over)', status: 'not-judged', expected: 'output the drill can compare', seen: 'its output has no structure', message: 'Configure a per-job assertion.' });
    expect(outcomeOf(report({ verdict: 'not-judged', steps: [step({}), unjudged] }))).toEqual({
      kind: 'errored',
      durationMs: 42_000,
      messages: [{ message: 'Restored, output not judged: kill 1: output continued (did not start over) — Configure a per-job assertion.', expected: 'output the drill can compare', actual: 'its output has no structure' }],
    });
  });
});

describe('outputOf', () => {
  it('uses CRLF line ends only', () => {
    const text = outputOf(report({}));
    expect(text).toContain('PASS: ok\r\n');
    expect(/[^\r]\n/.test(text)).toBe(false);
  });
});
