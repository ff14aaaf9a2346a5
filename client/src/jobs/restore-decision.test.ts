import { describe, expect, it } from 'vitest';
import { compareSavepoint } from '../../../core/jobs/index.js';
import type { JobOperators, SavepointContents } from '../../../core/jobs/index.js';
import { restoreDecision } from './restore-decision.js';

const savepoint: SavepointContents = {
  checkpointId: 4,
  masterStates: 0,
  totalStateSize: 700,
  operators: [
    { operatorId: 'a1', parallelism: 2, maxParallelism: 128, stateSize: 200, checkpointedSize: 200, managedKeyedState: false, managedOperatorState: true, rawKeyedState: false, rawOperatorState: false, coordinatorState: true, fullyFinished: false },
    { operatorId: 'b2', parallelism: 2, maxParallelism: 128, stateSize: 500, checkpointedSize: 500, managedKeyedState: true, managedOperatorState: false, rawKeyedState: false, rawOperatorState: false, coordinatorState: false, fullyFinished: false },
  ],
};

function job(counterId: string, maxParallelism = -1, counterUid: string | null = 'counter'): JobOperators {
  return {
    jobName: 'j',
    operators: [
      { operatorId: 'a1', userDefinedOperatorId: null, name: 'source', uid: 'source', keyed: false, vertex: 'source', parallelism: 2, maxParallelism: -1 },
      { operatorId: counterId, userDefinedOperatorId: null, name: 'counter', uid: counterUid, keyed: true, vertex: 'counter', parallelism: 2, maxParallelism },
    ],
  };
}

describe('restoreDecision', () => {
  it('restores a compatible savepoint without asking', () => {
    expect(restoreDecision(compareSavepoint(savepoint, job('b2')), 'savepoint s')).toEqual({ kind: 'restore', note: undefined });
  });

  it('restores, with a note, when state comes back through an auto-generated id', () => {
    const decision = restoreDecision(compareSavepoint(savepoint, job('b2', -1, null)), 'savepoint s');
    expect(decision).toMatchObject({ kind: 'restore', note: expect.stringMatching(/auto-generated id.*counter \(no uid\)/) });
  });

  it('asks before dropping state, naming the dropped operator, and offers "Restore anyway"', () => {
    const decision = restoreDecision(compareSavepoint(savepoint, job('c3', -1, 'counter-v2')), 'savepoint s');
    expect(decision).toMatchObject({ kind: 'confirm-drop', action: 'Restore anyway' });
    if (decision.kind !== 'confirm-drop') throw new Error('unreachable');
    expect(decision.detail).toMatch(/Dropped: operator b2 \(keyed, 500 bytes\)/);
    expect(decision.detail).toMatch(/Starts empty: counter \(uid counter-v2\)/);
  });

  it('blocks an incompatible restore and says why', () => {
    const decision = restoreDecision(compareSavepoint(savepoint, job('b2', 256)), 'its latest checkpoint');
    expect(decision).toMatchObject({ kind: 'block', message: 'Cannot restore from its latest checkpoint: Flink would refuse it.' });
    if (decision.kind !== 'block') throw new Error('unreachable');
    expect(decision.detail).toMatch(/max parallelism changed from 128 \(in the savepoint\) to 256/);
  });
});
