// What a restart does with the savepoint check's verdict, kept free of VS Code so it is tested as is.
import type { SavepointCheck } from '../../../core/jobs/index.js';

export type RestoreDecision =
  /** Restore without asking; `note` (operators that start empty, auto ids) is shown beside the progress. */
  | { kind: 'restore'; note: string | undefined }
  /** Ask in a modal; "Restore anyway" restores with allowNonRestoredState. */
  | { kind: 'confirm-drop'; message: string; detail: string; action: 'Restore anyway' }
  /** Do not restore: the restore would fail, or it is another job's savepoint. */
  | { kind: 'block'; message: string; detail: string };

function label(op: { name: string | null; uid: string | null; operatorId: string }): string {
  return `${op.name ?? op.operatorId}${op.uid ? ` (uid ${op.uid})` : ' (no uid)'}`;
}

export function restoreDecision(check: SavepointCheck, what: string): RestoreDecision {
  const empty = check.startsEmpty.length > 0 ? `Starts empty: ${check.startsEmpty.map(label).join(', ')}.` : undefined;
  const autoIds = check.restored.filter((r) => r.byAutoId).map(label);
  const autoNote = autoIds.length > 0 ? `Restored by auto-generated id (set a uid so a graph change cannot move it): ${autoIds.join(', ')}.` : undefined;
  switch (check.verdict) {
    case 'compatible': {
      const note = [empty, autoNote].filter(Boolean).join(' ');
      return { kind: 'restore', note: note || undefined };
    }
    case 'state-dropped':
      return {
        kind: 'confirm-drop',
        message: `Restoring from ${what} would drop state of ${check.dropped.length} operator(s) the job no longer has.`,
        detail: [
          ...check.dropped.map((d) => `Dropped: operator ${d.operatorId} (${d.stateKinds.join(', ') || 'in-flight data'}, ${d.stateSize} bytes).`),
          empty,
          'Flink restores this only with allowNonRestoredState. Usually a uid changed or an operator was removed: set the old uid back to keep the state.',
        ].filter(Boolean).join('\n'),
        action: 'Restore anyway',
      };
    case 'incompatible':
      return { kind: 'block', message: `Cannot restore from ${what}: Flink would refuse it.`, detail: check.problems.join('\n') };
  }
}
