import { describe, expect, it } from 'vitest';
import type { OutputRecord } from './drill-ports.js';
import { PROBE_LINE, checkRegexProgress, checkScriptProgress, compileProgressPattern } from './progress-assertion.js';
import { checkProbeSequence } from './probe-sequence.js';

const lines = (...texts: string[]): OutputRecord[] => texts.map((line, i) => ({ tmId: 'tm-1', line, time: i }));

describe('checkRegexProgress', () => {
  it('passes when every key resumes above where it began, even with the old attempt\'s last lines read late', () => {
    const before = lines('probe key=0 seq=0 status=OK', 'probe key=0 seq=9 status=OK', 'probe key=1 seq=0 status=OK', 'probe key=1 seq=9 status=OK');
    const after = lines('probe key=0 seq=10 status=OK', 'probe key=0 seq=7 status=OK', 'probe key=1 seq=7 status=OK');
    const verdict = checkRegexProgress(before, after, PROBE_LINE);
    expect(verdict.status).toBe('passed');
    expect(verdict.seen).toBe('continued: key 0: 9 before, resumed at 7; key 1: 9 before, resumed at 7');
  });

  it('fails naming the key that printed its first value again', () => {
    const verdict = checkRegexProgress(lines('n=0', 'n=5'), lines('n=0', 'n=1'), compileProgressPattern('n=(?<value>\\d+)'));
    expect(verdict.status).toBe('failed');
    expect(verdict.seen).toBe('started over: key (all) printed 0 again after recovery (was at 5 before the kill, began at 0)');
  });

  it('skips when one side has no matching line', () => {
    expect(checkRegexProgress(lines('hello'), lines('n=3'), compileProgressPattern('n=(?<value>\\d+)')).status).toBe('skipped');
  });

  it('rejects a pattern without a value group', () => {
    expect(() => compileProgressPattern('n=(\\d+)')).toThrow(/named group 'value'/);
  });
});

describe('checkScriptProgress', () => {
  it('passes on exit 0 and hands the script both sides as JSON', async () => {
    const script = `node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const j=JSON.parse(s);process.exit(j.before[0]==='a'&&j.after[0]==='b'?0:3)})"`;
    expect((await checkScriptProgress(lines('a'), lines('b'), script, undefined)).status).toBe('passed');
    const failed = await checkScriptProgress(lines('x'), lines('b'), script, undefined);
    expect(failed.status).toBe('failed');
    expect(failed.seen).toBe('exit code 3');
  });
});

describe('checkProbeSequence', () => {
  it('counts statuses and keeps the offending lines', () => {
    const verdict = checkProbeSequence(lines('2> probe key=0 seq=0 status=OK attempt=0', 'probe key=0 seq=0 status=DUPLICATE expected=5 got=0 attempt=1', 'other'));
    expect(verdict).toMatchObject({ isProbe: true, ok: false, counts: { OK: 1, DUPLICATE: 1 }, offending: ['probe key=0 seq=0 status=DUPLICATE expected=5 got=0 attempt=1'] });
    expect(checkProbeSequence(lines('nothing')).isProbe).toBe(false);
  });
});
