import { describe, expect, it } from 'vitest';
import { resolveEndToEndPlan, splitIds } from './end-to-end-plan.js';
import { usesBrokerAddress, withBrokerAddress } from './job-args.js';
import { recordIds } from './record-ids.js';
import type { TopicCheckBroker } from './topic-check.js';

const broker: TopicCheckBroker = { createTopic: async () => undefined, produce: async (_t, v) => v.length, consume: async () => 0 };

describe('splitIds', () => {
  it('writes half before the job starts and the rest in equal parts before each fault, every id once', () => {
    const ids = recordIds('r', 11);
    const batches = splitIds(ids, 3);
    expect(batches.map((b) => b.length)).toEqual([6, 1, 2, 2]);
    expect(batches.flat()).toEqual(ids);
    expect(splitIds(recordIds('r', 1), 1)).toEqual([['r-0'], []]);
  });
});

describe('resolveEndToEndPlan', () => {
  it('defaults to 1000 ids, exactly-once, a run prefix of its own', () => {
    const plan = resolveEndToEndPlan({ broker, inputTopic: 'in', outputTopic: 'out' }, 1);
    expect(plan).toMatchObject({ records: 1000, guarantee: 'exactly-once', inputTopic: 'in', outputTopic: 'out' });
    expect(plan.ids).toHaveLength(1000);
    expect(new Set(plan.ids).size).toBe(1000);
    expect(plan.ids[0]).toBe(`${plan.run}-0`);
    expect(plan.batches.map((b) => b.length)).toEqual([500, 500]);
  });

  it('writes no ids without an input topic, and rejects a count that is not a whole number', () => {
    expect(resolveEndToEndPlan({ broker, outputTopic: 'out' }, 2).ids).toEqual([]);
    expect(() => resolveEndToEndPlan({ broker, inputTopic: 'in', outputTopic: 'out', records: 0 }, 1)).toThrow('records must be a whole number ≥ 1, got 0');
  });
});

describe('withBrokerAddress', () => {
  it('replaces {kafka} in job arguments with the address for jobs, wherever it stands', () => {
    expect(withBrokerAddress(['--bootstrap', '{kafka}', '--x=a,{kafka}', 'kafka'], 'kafka:9092')).toEqual(['--bootstrap', 'kafka:9092', '--x=a,kafka:9092', 'kafka']);
    expect(usesBrokerAddress(['--bootstrap', '{kafka}'])).toBe(true);
    expect(usesBrokerAddress(['kafka:9092'])).toBe(false);
  });
});
