import { describe, expect, it } from 'vitest';
import { DEFAULT_FLINK_PROPERTIES, mergeFlinkProperties, parseFlinkProperties, renderFlinkProperties } from './flink-properties.js';

describe('mergeFlinkProperties', () => {
  it('lets overrides win and keeps the other defaults', () => {
    const merged = mergeFlinkProperties(DEFAULT_FLINK_PROPERTIES, { 'heartbeat.timeout': '50000' });
    expect(merged['heartbeat.timeout']).toBe('50000');
    expect(merged['heartbeat.interval']).toBe('1000');
  });

  it('drops our default under the new key when the user sets the old one (and vice versa)', () => {
    const old = mergeFlinkProperties(DEFAULT_FLINK_PROPERTIES, { 'state.checkpoints.dir': 'file:///elsewhere' });
    expect(old['state.checkpoints.dir']).toBe('file:///elsewhere');
    expect(old).not.toHaveProperty('execution.checkpointing.dir');
    const renamed = mergeFlinkProperties(DEFAULT_FLINK_PROPERTIES, { 'execution.checkpointing.savepoint-dir': 'file:///sp' });
    expect(renamed).not.toHaveProperty('state.savepoints.dir');
    expect(renamed['execution.checkpointing.savepoint-dir']).toBe('file:///sp');
  });
});

describe('FLINK_PROPERTIES text', () => {
  it('renders sorted key: value lines and parses back', () => {
    const text = renderFlinkProperties({ 'b.key': '2', 'a.key': 'file:///x' });
    expect(text).toBe('a.key: file:///x\nb.key: 2');
    expect(parseFlinkProperties(text)).toEqual({ 'a.key': 'file:///x', 'b.key': '2' });
  });

  it('has no default whose value the image would mangle (it strips all whitespace)', () => {
    expect(Object.entries(DEFAULT_FLINK_PROPERTIES).filter(([k, v]) => /\s/.test(k + v))).toEqual([]);
  });
});
