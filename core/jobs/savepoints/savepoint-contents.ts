// The two documents the Java helpers in tools/savepoint-reader print, parsed and checked here so a
// changed helper fails with a clear message instead of an undefined deep inside the comparison.

/** One operator's entry in a checkpoint's or savepoint's `_metadata` (SavepointReader). */
export interface SavepointOperator {
  operatorId: string;
  parallelism: number;
  maxParallelism: number;
  stateSize: number;
  checkpointedSize: number;
  managedKeyedState: boolean;
  managedOperatorState: boolean;
  rawKeyedState: boolean;
  rawOperatorState: boolean;
  coordinatorState: boolean;
  fullyFinished: boolean;
}

export interface SavepointContents {
  checkpointId: number;
  operators: SavepointOperator[];
  masterStates: number;
  totalStateSize: number;
}

/** One operator of the job as Flink would deploy it now (JobGraphLister). */
export interface JobOperator {
  /** The id Flink generated (murmur3 of the uid, or of the graph position without one). */
  operatorId: string;
  /** Set with `setUidHash`; Flink looks state up by it first. */
  userDefinedOperatorId: string | null;
  name: string | null;
  uid: string | null;
  /** After a keyBy: its state is split in key groups, so max parallelism binds it. */
  keyed: boolean;
  /** The chain (job vertex) it runs in. */
  vertex: string;
  parallelism: number;
  /** -1: not set, so Flink adopts the savepoint's on restore. */
  maxParallelism: number;
}

export interface JobOperators {
  jobName: string;
  operators: JobOperator[];
}

type Json = Record<string, unknown>;

function field<T>(o: Json, key: string, type: 'string' | 'number' | 'boolean', nullable = false): T {
  const v = o[key];
  if ((nullable && v === null) || typeof v === type) return v as T;
  throw new Error(`field '${key}' is ${JSON.stringify(v)}, expected a ${type}${nullable ? ' or null' : ''}`);
}

function objects(o: Json, key: string): Json[] {
  const v = o[key];
  if (!Array.isArray(v) || !v.every((e) => typeof e === 'object' && e !== null)) throw new Error(`field '${key}' is not a list of objects`);
  return v as Json[];
}

export function parseSavepointContents(doc: Json): SavepointContents {
  return {
    checkpointId: field(doc, 'checkpointId', 'number'),
    masterStates: field(doc, 'masterStates', 'number'),
    totalStateSize: field(doc, 'totalStateSize', 'number'),
    operators: objects(doc, 'operators').map((o) => ({
      operatorId: field(o, 'operatorId', 'string'),
      parallelism: field(o, 'parallelism', 'number'),
      maxParallelism: field(o, 'maxParallelism', 'number'),
      stateSize: field(o, 'stateSize', 'number'),
      checkpointedSize: field(o, 'checkpointedSize', 'number'),
      managedKeyedState: field(o, 'managedKeyedState', 'boolean'),
      managedOperatorState: field(o, 'managedOperatorState', 'boolean'),
      rawKeyedState: field(o, 'rawKeyedState', 'boolean'),
      rawOperatorState: field(o, 'rawOperatorState', 'boolean'),
      coordinatorState: field(o, 'coordinatorState', 'boolean'),
      fullyFinished: field(o, 'fullyFinished', 'boolean'),
    })),
  };
}

export function parseJobOperators(doc: Json): JobOperators {
  return {
    jobName: field(doc, 'jobName', 'string'),
    operators: objects(doc, 'operators').map((o) => ({
      operatorId: field(o, 'operatorId', 'string'),
      userDefinedOperatorId: field(o, 'userDefinedOperatorId', 'string', true),
      name: field(o, 'name', 'string', true),
      uid: field(o, 'uid', 'string', true),
      keyed: field(o, 'keyed', 'boolean'),
      vertex: field(o, 'vertex', 'string'),
      parallelism: field(o, 'parallelism', 'number'),
      maxParallelism: field(o, 'maxParallelism', 'number'),
    })),
  };
}

/** The kinds of state an operator's entry holds, as words for the report. */
export type StateKind = 'keyed' | 'operator' | 'raw-keyed' | 'raw-operator' | 'coordinator';

export function stateKindsOf(op: SavepointOperator): StateKind[] {
  const kinds: StateKind[] = [];
  if (op.managedKeyedState) kinds.push('keyed');
  if (op.managedOperatorState) kinds.push('operator');
  if (op.rawKeyedState) kinds.push('raw-keyed');
  if (op.rawOperatorState) kinds.push('raw-operator');
  if (op.coordinatorState) kinds.push('coordinator');
  return kinds;
}

/** As Flink decides whether unmatched state blocks a restore: coordinator state or any subtask state (in-flight data counts). */
export function holdsState(op: SavepointOperator): boolean {
  return stateKindsOf(op).length > 0 || op.stateSize > 0;
}
