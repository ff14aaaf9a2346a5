// Job lifecycle errors as notifications whose buttons lead to the fix: the Problems view for a
// failed build, the exception history for a job that failed at start, Start Local Cluster when
// none runs. Errors of other areas go to the cluster's presenter.
import { commands, window, type OutputChannel } from 'vscode';
import { isJobsError } from '../../../core/jobs/index.js';
import { COMMAND_IDS } from '../../../core/protocol/index.js';
import { showClusterError } from '../errors/show-error.js';

interface Action {
  title: string;
  command: string;
  args: unknown[];
}

/** `doing` names what failed, e.g. "Could not submit the job". */
export async function showJobError(error: unknown, doing: string, log: () => OutputChannel): Promise<void> {
  if (!isJobsError(error)) return showClusterError(error, doing, log);
  const actions = jobErrorActions(error);
  // Jobs errors end with what to do next; the first paragraph is what fits a notification.
  const message = `${doing}: ${error.message.split('\n')[0]}`;
  const picked = await window.showErrorMessage(message, ...actions.map((a) => a.title));
  const action = actions.find((a) => a.title === picked);
  if (action) await commands.executeCommand(action.command, ...action.args);
}

export function jobErrorActions(error: Error): Action[] {
  switch (error.name) {
    case 'BuildFailedError':
      return [{ title: 'Show Problems', command: 'workbench.actions.view.problems', args: [] }];
    case 'JobStartFailedError': {
      const jobId = (error as { jobId?: unknown }).jobId;
      return typeof jobId === 'string' ? [{ title: 'Show Exceptions', command: COMMAND_IDS.showJobExceptions, args: [jobId] }] : [];
    }
    case 'EntryClassMissingError':
    case 'EntryClassNotFoundError':
    case 'JarNotFoundError':
    case 'ProjectNotFoundError':
      return [{ title: 'Submit Job…', command: COMMAND_IDS.submitJob, args: [] }];
    case 'ClusterNotRunningError':
      return [{ title: 'Start Local Cluster', command: COMMAND_IDS.startCluster, args: [] }];
    case 'NoRetainedCheckpointError':
      return [{ title: 'Restart from Savepoint…', command: COMMAND_IDS.restartFromSavepoint, args: [] }];
    default:
      return [];
  }
}
