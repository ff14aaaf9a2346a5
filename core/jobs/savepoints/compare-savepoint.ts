import { holdsState, stateKindsOf, type JobOperator, type JobOperators, type SavepointContents, type SavepointOperator, type StateKind } from './savepoint-contents.js';

/**
 * compatible: everything with state comes back. state-dropped: Flink refuses the restore unless
 * told to drop state (--allowNonRestoredState). incompatible: the restore fails either way, or it
 * is not this job's savepoint (nothing with state matches).
 */
export type SavepointVerdict = 'compatible' | 'state-dropped' | 'incompatible';

export interface OperatorRef {
  operatorId: string;
  name: string | null;
  uid: string | null;
}

export interface SavedState {
  operatorId: string;
  stateKinds: StateKind[];
  stateSize: number;
}

export interface SavepointCheck {
  verdict: SavepointVerdict;
  /** One sentence for a notification or the CLI's last line. */
  summary: string;
  /** Why the restore would fail (incompatible only). */
  problems: string[];
  /** State that comes back, with the operator of the new job that gets it. */
  restored: (SavedState & OperatorRef & { byAutoId: boolean })[];
  /** State no operator of the new job has the id of: dropped, and only with --allowNonRestoredState. */
  dropped: SavedState[];
  /** Operators of the new job the savepoint has nothing for: they start with empty state. */
  startsEmpty: OperatorRef[];
  /** Operators without uid: their ids come from the graph's shape and move when it changes. */
  withoutUid: OperatorRef[];
  savepoint: { checkpointId: number; operators: number; totalStateSize: number };
  job: { name: string; operators: number };
}

function refOf(op: JobOperator): OperatorRef {
  return { operatorId: op.operatorId, name: op.name, uid: op.uid };
}

function label(op: OperatorRef): string {
  return op.uid ? `'${op.name ?? op.operatorId}' (uid ${op.uid})` : `'${op.name ?? op.operatorId}' (no uid)`;
}

function savedState(op: SavepointOperator): SavedState {
  return { operatorId: op.operatorId, stateKinds: stateKindsOf(op), stateSize: op.stateSize };
}

/** Flink looks state up by the user-set hash when the savepoint has it, else by the generated id. */
function matchOf(op: JobOperator, saved: ReadonlyMap<string, SavepointOperator>): SavepointOperator | undefined {
  return (op.userDefinedOperatorId !== null ? saved.get(op.userDefinedOperatorId) : undefined) ?? saved.get(op.operatorId);
}

/**
 * Max parallelism as Flink checks it on restore (Checkpoints.loadAndValidateCheckpoint): every
 * operator the savepoint lists, with state or not, must keep its max parallelism, unless the new
 * job leaves it unset (-1) and Flink adopts the savepoint's. One problem per chain, naming its operators.
 */
function maxParallelismProblems(matches: readonly { op: JobOperator; saved: SavepointOperator }[]): string[] {
  const byChain = new Map<string, { from: number; to: number; ops: { op: JobOperator; saved: SavepointOperator }[] }>();
  for (const m of matches) {
    if (m.op.maxParallelism <= 0 || m.op.maxParallelism === m.saved.maxParallelism) continue;
    const key = `${m.op.vertex}\u0000${m.saved.maxParallelism}`;
    const entry = byChain.get(key) ?? { from: m.saved.maxParallelism, to: m.op.maxParallelism, ops: [] };
    entry.ops.push(m);
    byChain.set(key, entry);
  }
  return [...byChain.values()].map(({ from, to, ops }) => {
    const keyed = ops.some((m) => stateKindsOf(m.saved).includes('keyed'));
    return `max parallelism changed from ${from} (in the savepoint) to ${to} for ${ops.map((m) => label(m.op)).join(', ')} (chain '${ops[0]!.op.vertex}'); Flink cannot map ${keyed ? 'keyed state (its key groups)' : 'their state'} across that change. Set it back to ${from}, or remove setMaxParallelism so Flink adopts the savepoint's.`;
  });
}

/** Flink cannot spread state over more subtasks than the savepoint's max parallelism (StateAssignmentOperation). */
function parallelismProblem(op: JobOperator, saved: SavepointOperator): string | undefined {
  if (saved.maxParallelism >= op.parallelism) return undefined;
  return `${label(op)} runs with parallelism ${op.parallelism}, above the savepoint's max parallelism ${saved.maxParallelism}: lower the parallelism to ${saved.maxParallelism} or less.`;
}

/** Compares what a savepoint holds with the job as Flink would deploy it now, by operator id, as Flink does. */
export function compareSavepoint(savepoint: SavepointContents, job: JobOperators): SavepointCheck {
  const saved = new Map(savepoint.operators.map((op) => [op.operatorId, op]));
  const claimed = new Set<string>();
  const restored: SavepointCheck['restored'] = [];
  const startsEmpty: OperatorRef[] = [];
  const problems: string[] = [];
  const matches: { op: JobOperator; saved: SavepointOperator }[] = [];
  for (const op of job.operators) {
    const match = matchOf(op, saved);
    if (!match) {
      startsEmpty.push(refOf(op));
      continue;
    }
    claimed.add(match.operatorId);
    matches.push({ op, saved: match });
    if (!holdsState(match)) continue;
    restored.push({ ...refOf(op), ...savedState(match), byAutoId: op.uid === null && op.userDefinedOperatorId === null });
    const problem = parallelismProblem(op, match);
    if (problem) problems.push(problem);
  }
  problems.unshift(...maxParallelismProblems(matches));
  const dropped = savepoint.operators.filter((op) => !claimed.has(op.operatorId) && holdsState(op)).map(savedState);
  const withState = savepoint.operators.filter(holdsState).length;
  if (withState > 0 && restored.length === 0) {
    problems.push(`None of the savepoint's ${withState} operators with state has an operator in job '${job.jobName}' with the same id: it looks like another job's savepoint (or every uid changed). Flink refuses it; with --allowNonRestoredState the job would start with no state at all.`);
  }
  const withoutUid = job.operators.filter((op) => op.uid === null && op.userDefinedOperatorId === null).map(refOf);
  const verdict: SavepointVerdict = problems.length > 0 ? 'incompatible' : dropped.length > 0 ? 'state-dropped' : 'compatible';
  return {
    verdict,
    summary: summaryOf(verdict, restored.length, dropped, startsEmpty, problems),
    problems,
    restored,
    dropped,
    startsEmpty,
    withoutUid,
    savepoint: { checkpointId: savepoint.checkpointId, operators: savepoint.operators.length, totalStateSize: savepoint.totalStateSize },
    job: { name: job.jobName, operators: job.operators.length },
  };
}

function summaryOf(verdict: SavepointVerdict, restored: number, dropped: readonly SavedState[], startsEmpty: readonly OperatorRef[], problems: readonly string[]): string {
  const empty = startsEmpty.length > 0 ? `; ${startsEmpty.length} operator(s) start empty: ${startsEmpty.map(label).join(', ')}` : '';
  switch (verdict) {
    case 'compatible':
      return `Compatible: the state of ${restored} operator(s) comes back${empty}.`;
    case 'state-dropped':
      return `State would be dropped: ${dropped.length} operator(s) with state (${dropped.map((d) => `${d.operatorId} ${d.stateKinds.join('+') || 'in-flight data'}`).join(', ')}) have no operator in the new job; Flink restores only with --allowNonRestoredState${empty}.`;
    case 'incompatible':
      return `Incompatible: ${problems.join(' ')}`;
  }
}
