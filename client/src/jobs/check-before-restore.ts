// Restart from Savepoint… and Restart from Latest Checkpoint run the savepoint check first
// (issue 16) and act on its verdict: restore, ask before dropping state, or explain and stop.
import { ProgressLocation, window } from 'vscode';
import type { StartedFlinkCluster } from '../../../core/cluster/index.js';
import { checkSavepoint, resolveRestorePath, type RestoreSpec, type SubmitRequest } from '../../../core/jobs/index.js';
import { restoreDecision } from './restore-decision.js';
import { localTarget } from './submit-flow.js';

/** Resolves to whether to restore with allowNonRestoredState, or undefined when the user (or the verdict) stops the restart. */
export async function checkBeforeRestore(cluster: StartedFlinkCluster, request: SubmitRequest, restore: RestoreSpec, what: string): Promise<boolean | undefined> {
  // A PyFlink script builds its graph in Python: the check lists jar jobs only.
  if (request.artifact.endsWith('.py')) return false;
  let report;
  try {
    const { hostPath } = await resolveRestorePath(localTarget(cluster), restore, cluster.workspace);
    if (!hostPath) return false;
    report = await window.withProgress({ location: ProgressLocation.Notification, title: `Flink: checking whether the state of ${what} comes back` }, () =>
      checkSavepoint(cluster.runtime, {
        savepointPath: hostPath,
        artifact: request.artifact,
        image: cluster.blueprint.image,
        ...(request.entryClass ? { entryClass: request.entryClass } : {}),
        ...(request.args ? { args: request.args } : {}),
        ...(request.parallelism !== undefined ? { parallelism: request.parallelism } : {}),
      }),
    );
  } catch (error) {
    const anyway = 'Restore without check';
    const picked = await window.showWarningMessage(`Could not check whether the state of ${what} comes back.`, { modal: true, detail: error instanceof Error ? error.message : String(error) }, anyway);
    return picked === anyway ? false : undefined;
  }
  const decision = restoreDecision(report, what);
  switch (decision.kind) {
    case 'restore':
      if (decision.note) void window.showInformationMessage(`Savepoint check: compatible. ${decision.note}`);
      return false;
    case 'confirm-drop':
      return (await window.showWarningMessage(decision.message, { modal: true, detail: decision.detail }, decision.action)) === decision.action ? true : undefined;
    case 'block':
      await window.showErrorMessage(decision.message, { modal: true, detail: decision.detail });
      return undefined;
  }
}
