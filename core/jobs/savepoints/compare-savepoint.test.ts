import { describe, expect, it } from 'vitest';
import { compareSavepoint } from './compare-savepoint.js';
import type { JobOperator, JobOperators, SavepointContents, SavepointOperator } from './savepoint-contents.js';

function saved(operatorId: string, state: Partial<SavepointOperator> = {}): SavepointOperator {
  return {
    operatorId, parallelism: 2, maxParallelism: 128, stateSize: 0, checkpointedSize: 0, managedKeyedState: false,
    managedOperatorState: false, rawKeyedState: false, rawOperatorState: false, coordinatorState: false, fullyFinished: false, ...state,
  };
}

function op(operatorId: string, uid: string | null, more: Partial<JobOperator> = {}): JobOperator {
  return { operatorId, userDefinedOperatorId: null, name: uid ?? operatorId, uid, keyed: false, vertex: 'chain', parallelism: 2, maxParallelism: -1, ...more };
}

const savepoint: SavepointContents = {
  checkpointId: 3,
  masterStates: 0,
  totalStateSize: 900,
  operators: [
    saved('aa', { managedOperatorState: true, coordinatorState: true, stateSize: 300 }),
    saved('bb', { managedKeyedState: true, stateSize: 500 }),
    saved('cc', { managedOperatorState: true, stateSize: 100 }),
    saved('dd'), // a stateless sink: listed, nothing to restore
  ],
};

function job(...operators: JobOperator[]): JobOperators {
  return { jobName: 'j', operators };
}

const unchanged = [op('aa', 'source'), op('bb', 'counter', { keyed: true }), op('cc', null), op('dd', 'sink')];

describe('compareSavepoint', () => {
  it('is compatible when every operator with state has its id in the new job, and names the one restored by an auto id', () => {
    const check = compareSavepoint(savepoint, job(...unchanged));
    expect(check.verdict).toBe('compatible');
    expect(check.restored.map((r) => [r.operatorId, r.stateKinds, r.byAutoId])).toEqual([
      ['aa', ['operator', 'coordinator'], false],
      ['bb', ['keyed'], false],
      ['cc', ['operator'], true],
    ]);
    expect(check.dropped).toEqual([]);
    expect(check.withoutUid.map((o) => o.operatorId)).toEqual(['cc']);
  });

  it('says state-dropped, with the operator and its kinds, when a uid changed; the renamed operator starts empty', () => {
    const check = compareSavepoint(savepoint, job(op('aa', 'source'), op('b2', 'counter-v2', { keyed: true }), op('cc', null), op('dd', 'sink')));
    expect(check.verdict).toBe('state-dropped');
    expect(check.dropped).toEqual([{ operatorId: 'bb', stateKinds: ['keyed'], stateSize: 500 }]);
    expect(check.startsEmpty.map((o) => o.uid)).toEqual(['counter-v2']);
    expect(check.summary).toMatch(/--allowNonRestoredState/);
  });

  it('ignores a stateless operator that is gone (Flink skips empty state)', () => {
    expect(compareSavepoint(savepoint, job(...unchanged.slice(0, 3))).verdict).toBe('compatible');
  });

  it('is compatible when an operator was added; the new one starts empty', () => {
    const check = compareSavepoint(savepoint, job(...unchanged, op('ee', 'recount', { keyed: true })));
    expect([check.verdict, check.startsEmpty.map((o) => o.uid)]).toEqual(['compatible', ['recount']]);
  });

  it('is incompatible when the max parallelism of a chain was set to another value: one problem per chain, naming its operators', () => {
    const check = compareSavepoint(savepoint, job(op('aa', 'source'), op('bb', 'counter', { keyed: true, maxParallelism: 64 }), op('cc', null, { maxParallelism: 64 }), op('dd', 'sink')));
    expect(check.verdict).toBe('incompatible');
    expect(check.problems).toEqual([expect.stringMatching(/^max parallelism changed from 128 \(in the savepoint\) to 64 for 'counter' \(uid counter\), 'cc' \(no uid\) \(chain 'chain'\); Flink cannot map keyed state/)]);
  });

  it('is incompatible when only a stateless operator changed max parallelism (Flink checks every listed operator)', () => {
    const check = compareSavepoint(savepoint, job(...unchanged.slice(0, 3), op('dd', 'sink', { maxParallelism: 256, vertex: 'sink' })));
    expect(check.problems).toEqual([expect.stringMatching(/to 256 for 'sink' \(uid sink\) \(chain 'sink'\); Flink cannot map their state/)]);
  });

  it('accepts an unset max parallelism (Flink adopts the savepoint’s) and the same one set explicitly', () => {
    expect(compareSavepoint(savepoint, job(...unchanged.map((o) => ({ ...o, maxParallelism: 128 })))).verdict).toBe('compatible');
  });

  it('is incompatible when the parallelism exceeds the savepoint’s max parallelism', () => {
    const check = compareSavepoint(savepoint, job(op('aa', 'source'), op('bb', 'counter', { parallelism: 200 }), op('cc', null), op('dd', 'sink')));
    expect(check.problems).toEqual([expect.stringMatching(/parallelism 200, above the savepoint's max parallelism 128/)]);
  });

  it('is incompatible for another job’s savepoint: nothing with state matches', () => {
    const check = compareSavepoint(savepoint, job(op('x1', 'other-source'), op('x2', 'other-counter')));
    expect(check.verdict).toBe('incompatible');
    expect(check.problems[0]).toMatch(/None of the savepoint's 3 operators with state/);
    expect(check.dropped).toHaveLength(3);
  });

  it('matches by the user-set hash first, as Flink does', () => {
    const check = compareSavepoint(savepoint, job(op('aa', 'source'), op('zz', null, { userDefinedOperatorId: 'bb' }), op('cc', null), op('dd', 'sink')));
    expect(check.verdict).toBe('compatible');
    expect(check.restored.find((r) => r.operatorId === 'bb')?.byAutoId).toBe(false);
  });
});
