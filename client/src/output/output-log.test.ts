import { describe, expect, it } from 'vitest';
import { OutputLog } from './output-log.js';

const LOG = '2026-11-22 00:15:34,599 INFO  org.apache.flink.runtime.taskexecutor.TaskExecutor [] - Receive slot request';

describe('OutputLog', () => {
  it('appends everything unfiltered, and only job prints and markers when filtered', () => {
    const log = new OutputLog();
    expect(log.addLine('1> (flink,1)', false)).toBe('1> (flink,1)\n');
    expect(log.addLine(LOG, false)).toBe(`${LOG}\n`);
    expect(log.addLine(LOG, true)).toBeUndefined();
    expect(log.addMarker('──── tm-2 died (killed) at 12:03:04 ────')).toBe('──── tm-2 died (killed) at 12:03:04 ────\n');
    expect(log.addLine('probe seq=7', true)).toBe('probe seq=7\n');
  });

  it('redraws the retained content for either filter setting', () => {
    const log = new OutputLog();
    log.addLine('Starting Task Manager', false);
    log.addLine('hello', false);
    log.addLine(LOG, false);
    log.addLine('\tat org.apache.flink.Foo.bar(Foo.java:1)', false);
    log.addMarker('──── tm-1 started at 12:00:00 ────');
    log.addLine('world', false);
    expect(log.render(true)).toBe('hello\n──── tm-1 started at 12:00:00 ────\nworld\n');
    expect(log.render(false).split('\n')).toHaveLength(7);
  });

  it('drops the oldest entries beyond its capacity', () => {
    const log = new OutputLog(3);
    for (const line of ['a', 'b', 'c', 'd']) log.addLine(line, false);
    expect(log.size).toBe(3);
    expect(log.render(false)).toBe('b\nc\nd\n');
  });
});
