import { describe, expect, it } from 'vitest';
import { Progress } from './progress.js';

function harness(isTTY: boolean, total: number) {
  let now = 0;
  const written: string[] = [];
  const progress = new Progress({ write: (t: string) => written.push(t) }, isTTY, () => now, total);
  return { progress, written, advance: (ms: number) => (now += ms) };
}

describe('Progress', () => {
  it('prints nothing off a terminal when the run is short', () => {
    const { progress, written, advance } = harness(false, 3);
    for (let i = 1; i <= 3; i++) {
      advance(100);
      progress.update(i);
    }
    progress.finish();
    expect(written).toEqual([]);
  });

  it('prints at most a line a second off a terminal once the run is long, and the final count', () => {
    const { progress, written, advance } = harness(false, 5);
    advance(999);
    progress.update(1);
    advance(1);
    progress.update(2);
    advance(500);
    progress.update(3);
    advance(500);
    progress.update(4);
    advance(10);
    progress.update(5);
    progress.finish();
    expect(written).toEqual(['checked 2/5 files\n', 'checked 4/5 files\n', 'checked 5/5 files\n']);
  });

  it('redraws in place on a terminal, throttled, and erases the line at the end', () => {
    const { progress, written, advance } = harness(true, 3);
    progress.update(1);
    advance(50);
    progress.update(2);
    advance(10);
    progress.update(3);
    progress.finish();
    expect(written).toEqual(['\rchecked 1/3 files\x1b[K', '\rchecked 3/3 files\x1b[K', '\r\x1b[K']);
  });
});
