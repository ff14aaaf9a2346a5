import { describe, expect, it } from 'vitest';
import type { RecoveryReport } from '../../../core/recovery/index.js';
import { exitCodeOf } from './recover.js';
import { parseRecoverOptions } from './recover-options.js';
import { UsageError } from '../usage-error.js';

describe('flink-ft recover options', () => {
  it('parses the job, repeated --arg, counts and flags', () => {
    const options = parseRecoverOptions(
      ['job.jar', '--class', 'com.acme.Counts', '--arg=--keys', '--arg', '4', '--checkpoints', '3', '--kills', '2', '--control', '--json', '--target', '2'],
      '/work',
    );
    expect(options).toEqual({
      artifact: '/work/job.jar',
      entryClass: 'com.acme.Counts',
      args: ['--keys', '4'],
      checkpoints: 3,
      kills: 2,
      control: true,
      json: true,
      target: 'tm-2',
      help: false,
    });
  });

  it('defaults to 2 checkpoints and 1 kill', () => {
    expect(parseRecoverOptions(['probe.py'], '/w')).toMatchObject({ artifact: '/w/probe.py', args: [], checkpoints: 2, kills: 1, control: false, json: false });
  });

  it('rejects what it cannot run with a usage error', () => {
    expect(() => parseRecoverOptions([], '/w')).toThrow(/^Expected one job: a jar, a PyFlink script or a project folder\. Usage: flink-ft recover/);
    expect(() => parseRecoverOptions(['a.jar', '--kills', '0'], '/w')).toThrow("Invalid value '0' for --kills. Use a whole number from 1 to 20.");
    expect(() => parseRecoverOptions(['a.jar', '--assert-regex', 'n=(\\d+)'], '/w')).toThrow(/needs a named group value/);
    expect(() => parseRecoverOptions(['a.jar', '--assert-regex', 'n=(?<value>\\d+)', '--assert-script', 'x'], '/w')).toThrow('Use either --assert-regex or --assert-script, not both.');
  });

  it('parses the end-to-end check and rejects its flags without --verify-topic', () => {
    expect(parseRecoverOptions(['job', '--verify-topic', 'out', '--input-topic', 'in', '--records', '10000', '--id-field', 'id'], '/w').endToEnd).toEqual({
      outputTopic: 'out', inputTopic: 'in', records: 10000, idField: 'id', guarantee: 'exactly-once',
    });
    expect(parseRecoverOptions(['job', '--verify-topic', 'out', '--guarantee', 'at-least-once'], '/w').endToEnd).toEqual({ outputTopic: 'out', guarantee: 'at-least-once' });
    expect(parseRecoverOptions(['job'], '/w').endToEnd).toBeUndefined();
    expect(() => parseRecoverOptions(['job', '--input-topic', 'in'], '/w')).toThrow('--input-topic needs --verify-topic OUT (the output topic to check).');
    expect(() => parseRecoverOptions(['job', '--verify-topic', 'out', '--records', '5'], '/w')).toThrow('--records needs --input-topic IN (where the ids are written).');
    expect(() => parseRecoverOptions(['job', '--verify-topic', 'a b'], '/w')).toThrow("Invalid --verify-topic 'a b'.");
    expect(() => parseRecoverOptions(['job', '--verify-topic', 'out', '--guarantee', 'maybe'], '/w')).toThrow("Invalid value 'maybe' for --guarantee. Use exactly-once or at-least-once.");
    expect(() => parseRecoverOptions(['job', '--verify-topic', 'out', '--input-topic', 'in', '--records', '0'], '/w')).toThrow(/Invalid value '0' for --records/);
  });

  it('maps verdicts to exit codes: pass 0, fail 1, inconclusive 2, not judged 3', () => {
    const report = (verdict: RecoveryReport['verdict']) => ({ verdict }) as RecoveryReport;
    expect([exitCodeOf(report('pass')), exitCodeOf(report('fail')), exitCodeOf(report('inconclusive')), exitCodeOf(report('not-judged'))]).toEqual([0, 1, 2, 3]);
  });
});

describe('recover --fault', () => {
  it('reads repeated --fault values through the fault registry, in order', () => {
    expect(parseRecoverOptions(['job.jar', '--fault', 'pause-tm=5', '--fault=delay-tm=200'], '/w').faults).toEqual([
      { kind: 'pause-tm', value: 5 },
      { kind: 'delay-tm', value: 200 },
    ]);
    expect(parseRecoverOptions(['job.jar'], '/w').faults).toBeUndefined();
  });

  it('an unknown fault is a usage error naming the valid ones', () => {
    expect(() => parseRecoverOptions(['job.jar', '--fault', 'melt-tm'], '/w')).toThrow(UsageError);
    expect(() => parseRecoverOptions(['job.jar', '--fault', 'melt-tm'], '/w')).toThrow(/Invalid --fault: Unknown fault 'melt-tm'\. Valid faults: kill-tm, pause-tm\[=SECONDS\]/);
  });
});
