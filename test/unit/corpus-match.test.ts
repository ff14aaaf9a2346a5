// The corpus scorer's matching and scoring, on small synthetic findings: it must be able to fail.
import { describe, expect, it } from 'vitest';
import { parseLabels } from '../../scripts/corpus/labels.js';
import { matchFile, scoreRules } from '../../scripts/corpus/match.js';

const RULES = ['FLINK001', 'FLINK003'];
const expected = (rule: string, line: number) => ({ rule, line, reason: `${rule} at ${line}` });
const actual = (rule: string, line: number) => ({ rule, line, message: `${rule} found at ${line}` });

describe('matchFile', () => {
  it('matches the same rule within the tolerance and counts the rest as misses and false positives', () => {
    const m = matchFile('A.java', [expected('FLINK001', 10), expected('FLINK003', 20)], [actual('FLINK001', 12), actual('FLINK003', 25)], RULES, 2);
    expect(m.hits).toEqual([{ file: 'A.java', rule: 'FLINK001', expectedLine: 10, actualLine: 12 }]);
    expect(m.misses).toEqual([{ file: 'A.java', rule: 'FLINK003', line: 20, reason: 'FLINK003 at 20' }]);
    expect(m.falsePositives).toEqual([{ file: 'A.java', rule: 'FLINK003', line: 25, message: 'FLINK003 found at 25' }]);
  });

  it('never matches a finding of another rule on the same line', () => {
    const m = matchFile('A.java', [expected('FLINK001', 10)], [actual('FLINK003', 10)], RULES, 2);
    expect(m.hits).toHaveLength(0);
    expect(m.misses).toHaveLength(1);
    expect(m.falsePositives).toHaveLength(1);
  });

  it('pairs one to one, closest first, whatever order the analyzer reports in', () => {
    // Two prints on neighbouring lines: each label takes its own finding, the extra one is a false positive.
    const labels = [expected('FLINK003', 10), expected('FLINK003', 11)];
    const found = [actual('FLINK003', 13), actual('FLINK003', 11), actual('FLINK003', 10)];
    for (const order of [found, [...found].reverse()]) {
      const m = matchFile('A.java', labels, order, RULES, 2);
      expect(m.hits.map((h) => [h.expectedLine, h.actualLine])).toEqual([[10, 10], [11, 11]]);
      expect(m.falsePositives.map((f) => f.line)).toEqual([13]);
    }
  });

  it('accepts a finding at one of the alternative lines of a label, still one to one', () => {
    const label = { rule: 'FLINK001', line: 10, alsoAt: [30], reason: 'field declared at 10, mutated at 30' };
    const m = matchFile('A.java', [label], [actual('FLINK001', 31), actual('FLINK001', 29)], RULES, 2);
    expect(m.hits).toEqual([{ file: 'A.java', rule: 'FLINK001', expectedLine: 10, actualLine: 29 }]);
    expect(m.falsePositives.map((f) => f.line)).toEqual([31]);
  });

  it('ignores rules that are not scored', () => {
    const m = matchFile('A.java', [], [actual('FLINK009', 3)], RULES, 2);
    expect(m).toEqual({ hits: [], misses: [], falsePositives: [] });
  });

  it('with tolerance 0 only the exact line matches', () => {
    const m = matchFile('A.java', [expected('FLINK001', 10)], [actual('FLINK001', 11)], RULES, 0);
    expect(m.hits).toHaveLength(0);
  });
});

describe('scoreRules', () => {
  it('computes precision and recall per rule and overall, n/a when undefined', () => {
    const a = matchFile('A.java', [expected('FLINK001', 1), expected('FLINK001', 5)], [actual('FLINK001', 1), actual('FLINK001', 30)], RULES, 2);
    const b = matchFile('B.java', [expected('FLINK001', 3)], [actual('FLINK001', 3)], RULES, 2);
    const { perRule, overall } = scoreRules([a, b], RULES);
    expect(perRule[0]).toEqual({ rule: 'FLINK001', truePositives: 2, falsePositives: 1, falseNegatives: 1, precision: 2 / 3, recall: 2 / 3 });
    expect(perRule[1]).toEqual({ rule: 'FLINK003', truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: null, recall: null });
    expect(overall).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1 });
  });
});

describe('parseLabels', () => {
  const project = { repository: 'o/r', commit: 'a'.repeat(40), project: 'mod', files: [{ path: 'mod/A.java', language: 'java', era: '1.x-new', expected: [expected('FLINK001', 4)] }] };
  const doc = (p: unknown) => ({ version: 1, rules: RULES, lineTolerance: 2, projects: [p] });

  it('accepts a well-formed document', () => {
    expect(parseLabels(doc(project)).projects[0]!.files[0]!.expected[0]!.line).toBe(4);
  });

  it('rejects a file outside its project folder, an unscored rule and a short sha', () => {
    expect(() => parseLabels(doc({ ...project, files: [{ ...project.files[0], path: 'other/A.java' }] }))).toThrow(/outside the project/);
    expect(() => parseLabels(doc({ ...project, files: [{ ...project.files[0], expected: [expected('FLINK009', 1)] }] }))).toThrow(/not scored/);
    expect(() => parseLabels(doc({ ...project, commit: 'abc' }))).toThrow(/40-hex/);
  });

  it('keeps a batch name and rejects one that is not a plain name', () => {
    expect(parseLabels(doc({ ...project, batch: 'holdout-3' })).projects[0]!.batch).toBe('holdout-3');
    expect(() => parseLabels(doc({ ...project, batch: 'hold out' }))).toThrow(/batch must be a name/);
    expect(() => parseLabels(doc({ ...project, batch: 3 }))).toThrow(/batch must be a name/);
  });
});
