// Submitting with progress, remembering what was submitted, and telling the user where the job is:
// shared by Submit Job…, Restart from Latest Checkpoint and Restart from Savepoint….
import { commands, env, ProgressLocation, Uri, window } from 'vscode';
import type { StartedFlinkCluster } from '../../../core/cluster/index.js';
import { localClusterInfo, submitJob, type JobTarget, type SubmitOutcome, type SubmitRequest } from '../../../core/jobs/index.js';
import { COMMAND_IDS } from '../../../core/protocol/index.js';
import type { Ctx } from '../ctx.js';
import { jobsUi } from './jobs-ui.js';

export function localTarget(cluster: StartedFlinkCluster): JobTarget {
  return { rest: cluster.rest, local: localClusterInfo(cluster) };
}

/** Submits and waits until the job's tasks run; throws the typed errors of core/jobs. */
export async function submitWithProgress(ctx: Ctx, cluster: StartedFlinkCluster, request: SubmitRequest, title: string): Promise<SubmitOutcome> {
  const outcome = await window.withProgress({ location: ProgressLocation.Notification, title }, async (progress) => {
    progress.report({ message: request.restore ? 'checking the restore path, uploading, starting' : 'uploading and starting' });
    return submitJob(localTarget(cluster), { ...request, awaitRunning: true }, cluster.workspace);
  });
  const jobName = (await cluster.rest.job(outcome.jobId).catch(() => undefined))?.name;
  await jobsUi(ctx).submissions.remember(outcome.jobId, {
    artifact: request.artifact,
    ...(request.artifact.endsWith('.jar') && outcome.entryClass ? { entryClass: outcome.entryClass } : {}),
    ...(request.args ? { args: [...request.args] } : {}),
    ...(request.parallelism !== undefined ? { parallelism: request.parallelism } : {}),
    ...(jobName ? { jobName } : {}),
    submittedAt: Date.now(),
  });
  void ctx.cluster.refresh();
  void announce(outcome, jobName, cluster.restUrl);
  return outcome;
}

async function announce(outcome: SubmitOutcome, jobName: string | undefined, restUrl: string): Promise<void> {
  const restored = outcome.restoredFrom ? ` from ${outcome.restoredFrom.kind} ${outcome.restoredFrom.hostPath ?? outcome.restoredFrom.savepointPath}` : '';
  const chart = 'Show Checkpoints';
  const web = 'Open Web UI';
  const picked = await window.showInformationMessage(`Job ${jobName ?? outcome.jobId} is running${restored}.`, chart, web);
  if (picked === chart) await commands.executeCommand(COMMAND_IDS.showCheckpointChart, outcome.jobId);
  if (picked === web) await env.openExternal(Uri.parse(`${restUrl}/#/job/running/${outcome.jobId}/overview`));
}
