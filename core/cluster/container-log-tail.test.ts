import { describe, expect, it } from 'vitest';
import { withHeadline } from './container-log-tail.js';

describe('withHeadline', () => {
  const frames = Array.from({ length: 30 }, (_, i) => `\tat org.apache.flink.Frame${i}(Frame.java:${i})`);

  it('puts the exception line first when a long stack trace pushed it out of the tail', () => {
    const log = ['Starting TaskManager', 'Exception in thread "main" IllegalConfigurationException: memory', ...frames.slice(0, 5), 'Caused by: IllegalConfigurationException: Sum of ... exceed configured Total Flink Memory', ...frames];
    const tail = withHeadline(log, 10);
    expect(tail).toHaveLength(10);
    expect(tail[0]).toBe('Caused by: IllegalConfigurationException: Sum of ... exceed configured Total Flink Memory');
    expect(tail[1]).toBe('…');
    expect(tail.slice(2)).toEqual(frames.slice(-8));
  });

  it('keeps the plain tail when it already says what went wrong, or when nothing does', () => {
    const log = ['a', 'b', 'java.io.IOException: disk full', 'c'];
    expect(withHeadline(log, 3)).toEqual(['b', 'java.io.IOException: disk full', 'c']);
    expect(withHeadline(frames, 4)).toEqual(frames.slice(-4));
  });
});
