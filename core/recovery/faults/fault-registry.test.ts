import { describe, expect, it } from 'vitest';
import { FAULT_KINDS, FaultSpecError, createFault, faultFromSpecs, parseFaultSpec, validFaultsText } from './fault-registry.js';
import { FaultSequence } from './fault-sequence.js';
import { JobManagerKill, type JobManagerControl } from './job-manager-kill.js';
import { TaskManagerKill } from './task-manager-kill.js';
import { FakeFaultOps } from './test-support/fake-fault-ops.js';

describe('parseFaultSpec', () => {
  it('reads each fault with its value, and the default value when it is optional', () => {
    expect(parseFaultSpec('kill-tm')).toEqual({ kind: 'kill-tm' });
    expect(parseFaultSpec('pause-tm')).toEqual({ kind: 'pause-tm', value: FAULT_KINDS.find((k) => k.name === 'pause-tm')!.defaultValue });
    expect(parseFaultSpec('pause-tm=7')).toEqual({ kind: 'pause-tm', value: 7 });
    expect(parseFaultSpec('partition-tm=12')).toEqual({ kind: 'partition-tm', value: 12 });
    expect(parseFaultSpec('delay-tm=250')).toEqual({ kind: 'delay-tm', value: 250 });
    expect(parseFaultSpec(' loss-tm=30 ')).toEqual({ kind: 'loss-tm', value: 30 });
  });

  it('names the valid faults when the name is unknown', () => {
    expect(() => parseFaultSpec('kill-everything')).toThrow(FaultSpecError);
    expect(() => parseFaultSpec('kill-everything')).toThrow(/Unknown fault 'kill-everything'\. Valid faults: kill-tm, pause-tm\[=SECONDS\], partition-tm\[=SECONDS\], delay-tm=MS, loss-tm=PERCENT, kill-jm, oom-tm/);
    expect(validFaultsText().split(', ')).toHaveLength(FAULT_KINDS.length);
  });

  it('rejects a missing required value, a value where none is taken, and values out of range', () => {
    expect(() => parseFaultSpec('delay-tm')).toThrow(/needs a value: delay-tm=MS/);
    expect(() => parseFaultSpec('kill-tm=3')).toThrow(/takes no value/);
    expect(() => parseFaultSpec('loss-tm=101')).toThrow(/from 1 to 100, got '101'/);
    expect(() => parseFaultSpec('pause-tm=0')).toThrow(/from 1 to 600/);
    expect(() => parseFaultSpec('pause-tm=1.5')).toThrow(/whole number/);
    expect(() => parseFaultSpec('delay-tm=abc')).toThrow(/whole number/);
  });
});

describe('createFault / faultFromSpecs', () => {
  it('makes the fault each spec names, with its --fault name', () => {
    const ops = new FakeFaultOps();
    const names = ['kill-tm', 'pause-tm=3', 'partition-tm=4', 'delay-tm=200', 'loss-tm=20', 'oom-tm'].map((v) => createFault(parseFaultSpec(v), ops).name);
    expect(names).toEqual(['kill-tm', 'pause-tm=3', 'partition-tm=4', 'delay-tm=200', 'loss-tm=20', 'oom-tm']);
  });

  it('makes kill-jm over the cluster\'s JobManagers, and says what it needs without them', () => {
    const jobManagers = { highAvailability: true } as unknown as JobManagerControl;
    expect(createFault(parseFaultSpec('kill-jm'), Object.assign(new FakeFaultOps(), { jobManagers }))).toBeInstanceOf(JobManagerKill);
    expect(() => createFault(parseFaultSpec('kill-jm'), new FakeFaultOps())).toThrow(/kill-jm' needs the cluster's JobManagers/);
  });

  it('defaults to the kill, and makes a sequence of several', () => {
    const ops = new FakeFaultOps();
    expect(faultFromSpecs([], ops)).toBeInstanceOf(TaskManagerKill);
    const seq = faultFromSpecs([parseFaultSpec('pause-tm=2'), parseFaultSpec('kill-tm')], ops);
    expect(seq).toBeInstanceOf(FaultSequence);
    expect((seq as FaultSequence).size).toBe(2);
  });
});
