import { describe, expect, it } from 'vitest';
import type { OutputRecord } from '../drill-ports.js';
import { judgeInferred } from './judge-inferred.js';
import { lineFields } from './output-fields.js';

/** Lines read at times 1, 2, 3, … from `start`. */
function at(start: number, ...lines: string[]): OutputRecord[] {
  return lines.map((line, i) => ({ tmId: 'tm-1', line, time: start + i }));
}

describe('lineFields', () => {
  it('reads key=value pairs, tuples and flat JSON; text names the key, numbers are followed', () => {
    expect(lineFields('3> word=the count=7')).toEqual({ text: 'word=the count=7', key: 'word=the', numbers: new Map([['count', 7]]) });
    expect(lineFields('(flink,12)')).toMatchObject({ key: '#0=flink', numbers: new Map([['#1', 12]]) });
    expect(lineFields('{"user":"u1","total":3.5,"ok":true}')).toMatchObject({ key: 'user=u1 ok=true', numbers: new Map([['total', 3.5]]) });
  });

  it('finds nothing in prose or in lines without numbers', () => {
    expect(lineFields('handled an event')).toBeUndefined();
    expect(lineFields('status=OK')).toBeUndefined();
  });
});

describe('judgeInferred', () => {
  const restore = { checkpointId: 4, triggeredAt: 104 };

  it('passes counts that resume at their checkpointed value and names the replayed lines', () => {
    const before = at(100, 'k=a n=1', 'k=a n=2', 'k=a n=3', 'k=a n=4', 'k=a n=5', 'k=a n=6');
    const after = at(200, 'k=a n=5', 'k=a n=6', 'k=a n=7');
    const verdict = judgeInferred(before, after, restore);
    expect(verdict.status).toBe('passed');
    expect(verdict.seen).toBe('continued: n resumed at or above the checkpointed value for 1 key/field pair(s); 2 line(s) printed between the checkpoint and the fault came again (at-least-once replay, expected: "k=a n=5", "k=a n=6")');
    expect(verdict.evidence['replayed']).toEqual({ count: 2, lines: ['k=a n=5', 'k=a n=6'] });
  });

  it('fails "state went back" when a count falls below what it had reached before the checkpoint', () => {
    const before = at(100, 'k=a seq=10 n=1', 'k=a seq=11 n=2', 'k=a seq=12 n=3', 'k=a seq=13 n=4', 'k=a seq=14 n=5');
    const after = at(200, 'k=a seq=14 n=1', 'k=a seq=15 n=2');
    const verdict = judgeInferred(before, after, restore);
    expect(verdict).toMatchObject({ status: 'failed', failure: 'state-went-back' });
    expect(verdict.seen).toBe('state went back: n for k=a had reached 4 before checkpoint 4 was taken, and was 1 after the restore (back to its initial value 1), while seq continued');
  });

  it('fails "started over" when the first line comes again, and only when it was printed before the checkpoint', () => {
    const before = at(100, 'seq=0', 'seq=1', 'seq=2', 'seq=3', 'seq=4', 'seq=5');
    expect(judgeInferred(before, at(200, 'seq=0', 'seq=1'), restore)).toMatchObject({ status: 'failed', failure: 'started-over' });
    // A replacement TaskManager's banner in the same .out is not the job's first line.
    const banner = at(90, 'Starting Task Manager');
    expect(judgeInferred([...banner, ...at(100, 'seq=0', 'seq=1', 'seq=2', 'seq=3')], at(200, 'Starting Task Manager', 'seq=3', 'seq=4'), restore).status).toBe('passed');
    // Every number began again, though the first line itself did not come back.
    expect(judgeInferred(before, at(200, 'seq=1', 'seq=2'), restore)).toMatchObject({
      failure: 'started-over',
      seen: 'started over: seq printed 1 again after the restore (its first value was 0; it had reached 3 before checkpoint 4 was taken)',
    });
    // The checkpoint predates the first line: printing it again is a replay, and values stay at or above the checkpoint's.
    expect(judgeInferred(before, at(200, 'seq=0', 'seq=1'), { checkpointId: 1, triggeredAt: 50 }).status).toBe('not-judged');
  });

  it('does not judge output without a growing number, or when nothing was restored', () => {
    expect(judgeInferred(at(100, 'started', 'working', 'working'), at(200, 'working'), restore)).toMatchObject({ status: 'not-judged', seen: expect.stringMatching(/^its output has no structure/) });
    expect(judgeInferred(at(100, 'x=1', 'x=3', 'x=2', 'x=5'), at(200, 'x=4'), restore)).toMatchObject({ status: 'not-judged', seen: expect.stringMatching(/^no number in its output grows per key/) });
    expect(judgeInferred(at(100, 'n=1', 'n=2', 'n=3'), at(200, 'n=4'), undefined).status).toBe('not-judged');
  });
});
