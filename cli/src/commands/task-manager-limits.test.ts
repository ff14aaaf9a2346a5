import { describe, expect, it } from 'vitest';
import { UsageError } from '../usage-error.js';
import { parseClusterArgs } from './cluster-options.js';
import { describeLimits, parseMemory } from './task-manager-limits.js';

describe('cluster add-tm --cpus --memory --slots', () => {
  it('reads the limits into the invocation', () => {
    expect(parseClusterArgs(['add-tm', '--cpus', '1.5', '--memory', '1536m', '--slots', '4'])).toEqual({
      kind: 'add-tm',
      wait: true,
      json: false,
      limits: { cpus: 1.5, memoryBytes: 1536 * 1024 ** 2, slots: 4 },
    });
    expect(parseClusterArgs(['add-tm'])).toEqual({ kind: 'add-tm', wait: true, json: false });
  });

  it('parses sizes and rejects what Flink could not start with', () => {
    expect(parseMemory('1280m')).toBe(1280 * 1024 ** 2);
    expect(parseMemory('2048M')).toBe(2048 * 1024 ** 2);
    expect(() => parseMemory('100m')).toThrow(UsageError);
    // 1g: Flink 1.20 refuses to start a TaskManager in it (its memory parts exceed the total).
    expect(() => parseMemory('1g')).toThrow(/at least 1280m/);
    expect(() => parseMemory('lots')).toThrow(/at least 1280m/);
    expect(() => parseClusterArgs(['add-tm', '--cpus', '0'])).toThrow(/--cpus/);
    expect(() => parseClusterArgs(['add-tm', '--slots', '0'])).toThrow(/--slots/);
  });

  it('describes them for cluster status', () => {
    expect(describeLimits({ cpus: 1, memoryBytes: 1024 ** 3, slots: 3 })).toBe('1 CPU, 1 GiB, 3 slots');
    expect(describeLimits({ memoryBytes: 1280 * 1024 ** 2 })).toBe('1280 MiB');
    expect(describeLimits(undefined)).toBe('');
  });
});
