import { describe, expect, it } from 'vitest';
import { judgeEndToEnd } from './end-to-end-verdict.js';
import { idOfRecord, recordIds } from './record-ids.js';

const ids = recordIds('r1', 10);

describe('judgeEndToEnd', () => {
  it('passes exactly-once when every id comes out once, whatever the order', () => {
    const v = judgeEndToEnd(ids, [...ids].reverse(), 'exactly-once');
    expect(v).toMatchObject({ verdict: 'pass', expected: 10, read: 10, distinct: 10, missing: { count: 0 }, duplicates: { count: 0, extraRecords: 0 } });
    expect(v.summary).toBe('Every one of 10 ids came out exactly once: none missing, no duplicates.');
  });

  it('fails exactly-once on duplicates, listing them as counts and examples', () => {
    const v = judgeEndToEnd(ids, [...ids, 'r1-3', 'r1-3', 'r1-7'], 'exactly-once');
    expect(v).toMatchObject({ verdict: 'fail', read: 13, distinct: 10, duplicates: { count: 2, extraRecords: 3, examples: ['r1-3', 'r1-7'] } });
    expect(v.summary).toBe('Not exactly once: of 10 ids: none missing, 2 duplicated, 3 extra record(s) (e.g. r1-3, r1-7).');
  });

  it('accepts duplicates at least once but fails on a missing id under both guarantees', () => {
    expect(judgeEndToEnd(ids, [...ids, 'r1-3'], 'at-least-once')).toMatchObject({ verdict: 'pass', duplicates: { count: 1 } });
    for (const guarantee of ['exactly-once', 'at-least-once'] as const) {
      const v = judgeEndToEnd(ids, ids.filter((id) => id !== 'r1-4'), guarantee);
      expect(v).toMatchObject({ verdict: 'fail', missing: { count: 1, examples: ['r1-4'] } });
    }
  });

  it('reports records of another run without judging them, and keeps examples short', () => {
    const many = recordIds('big', 1000);
    const v = judgeEndToEnd(many, ['old-1', ...many.slice(10)], 'exactly-once');
    expect(v.unexpected).toEqual({ count: 1, examples: ['old-1'] });
    expect(v.missing).toEqual({ count: 10, examples: ['big-0', 'big-1', 'big-2', 'big-3', 'big-4'] });
  });
});

describe('idOfRecord', () => {
  it('takes the value, or a field of a JSON object', () => {
    expect(idOfRecord(' r1-3 ')).toBe('r1-3');
    expect(idOfRecord('{"id":"r1-3","n":1}', 'id')).toBe('r1-3');
    expect(idOfRecord('{"id":7}', 'id')).toBe('7');
    expect(idOfRecord('{"other":1}', 'id')).toBeUndefined();
    expect(idOfRecord('not json', 'id')).toBeUndefined();
    expect(idOfRecord('[1]', 'id')).toBeUndefined();
  });
});
