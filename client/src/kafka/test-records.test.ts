import { describe, expect, it } from 'vitest';
import { MAX_TEST_RECORDS, describeRecords, numberedTestRecords, recordCountProblem, recordsFromText } from './test-records.js';

describe('numberedTestRecords', () => {
  it('numbers from 1 with the UTC time of the run, so two runs never write the same value', () => {
    const first = numberedTestRecords(3, new Date('2026-12-03T06:40:05.123Z'));
    expect(first).toEqual(['test-20261203T064005Z-1', 'test-20261203T064005Z-2', 'test-20261203T064005Z-3']);
    const later = numberedTestRecords(3, new Date('2026-12-03T06:40:06.000Z'));
    expect(later.filter((v) => first.includes(v))).toEqual([]);
    expect(new Set(numberedTestRecords(1000, new Date())).size).toBe(1000);
  });
});

describe('recordsFromText', () => {
  it('makes one record per non-empty line, for both line endings', () => {
    expect(recordsFromText('a\r\nb\n\n  \nc d\n')).toEqual(['a', 'b', 'c d']);
    expect(recordsFromText('\n\n')).toEqual([]);
  });
});

describe('recordCountProblem', () => {
  it('accepts whole numbers from 1 to the maximum', () => {
    expect(recordCountProblem('10')).toBeUndefined();
    expect(recordCountProblem(` ${MAX_TEST_RECORDS} `)).toBeUndefined();
    for (const bad of ['0', '-1', '1.5', 'ten', '', String(MAX_TEST_RECORDS + 1)]) expect(recordCountProblem(bad), bad).toBeDefined();
  });
});

describe('describeRecords', () => {
  it('lists few values and abbreviates many', () => {
    expect(describeRecords(['a', 'b'])).toBe('a, b');
    expect(describeRecords(['a', 'b', 'c', 'd'])).toBe('a … d');
  });
});
