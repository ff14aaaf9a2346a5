// Job commands, from the palette (quick picks) or from the Flink view's job items (which pass the
// node): submit, cancel, stop with savepoint, trigger savepoint, restart from the latest checkpoint
// or a savepoint, show exceptions, show the checkpoint chart.
import { commands, ProgressLocation, Uri, window, workspace } from 'vscode';
import { toHostPath, triggerSavepoint as takeSavepoint, stopWithSavepoint, workspacePathMapping } from '../../../core/jobs/index.js';
import { COMMAND_IDS } from '../../../core/protocol/index.js';
import { isEndedJob } from '../views/job-view-model.js';
import { requireCluster } from '../cluster/cluster-guards.js';
import type { Ctx } from '../ctx.js';
import { artifactPath, isArtifactUri, pickArtifact, pickEntryClass, type ArtifactChoice } from '../jobs/artifact-pick.js';
import { exceptionsUri } from '../jobs/exceptions-document.js';
import { jobIdOf, resolveJob } from '../jobs/job-picks.js';
import { jobsUi } from '../jobs/jobs-ui.js';
import { restartJob } from '../jobs/restart-job.js';
import { showJobError } from '../jobs/show-job-error.js';
import { submitWithProgress } from '../jobs/submit-flow.js';
import type { Cmd } from './cmd.js';

/** Programmatic callers (tests, other commands) may pass what the quick picks would ask. */
interface SubmitArgs {
  artifact?: string;
  entryClass?: string;
  args?: string[];
  parallelism?: number;
}

export function submitJob(ctx: Ctx): Cmd {
  return async (arg?: unknown) => {
    const cluster = await requireCluster(ctx.cluster);
    if (!cluster) return;
    const given = submitArgsOf(arg);
    try {
      const choice: ArtifactChoice | undefined = given.artifact ? { kind: 'file', path: given.artifact } : await pickArtifact('Submit Job');
      if (!choice) return;
      const { artifact, projectDir } = await artifactPath(choice);
      let entryClass = given.entryClass;
      if (entryClass === undefined && artifact.endsWith('.jar')) {
        const picked = await pickEntryClass(artifact, projectDir);
        if (picked === null) return;
        entryClass = picked;
      }
      await submitWithProgress(
        ctx,
        cluster,
        { artifact, ...(entryClass ? { entryClass } : {}), ...(given.args ? { args: given.args } : {}), ...(given.parallelism ? { parallelism: given.parallelism } : {}) },
        `Flink: submitting ${artifact.split(/[\\/]/).pop()}`,
      );
    } catch (error) {
      await showJobError(error, 'Could not submit the job', () => ctx.clusterLog);
    }
  };
}

export function cancelJob(ctx: Ctx): Cmd {
  return async (arg?: unknown) => {
    const cluster = await requireCluster(ctx.cluster);
    if (!cluster) return;
    try {
      const job = await resolveJob(cluster.rest, arg, 'active', 'Cancel Job');
      if (!job) return;
      await cluster.rest.cancelJob(job.jid);
      void ctx.cluster.refresh();
      const restart = 'Restart from Latest Checkpoint';
      const picked = await window.showInformationMessage(`Cancelling ${job.name}. Its retained checkpoints stay in .flink/checkpoints/${job.jid}.`, restart);
      if (picked === restart) await commands.executeCommand(COMMAND_IDS.restartFromLatestCheckpoint, job.jid);
    } catch (error) {
      await showJobError(error, 'Could not cancel the job', () => ctx.clusterLog);
    }
  };
}

export function stopJobWithSavepoint(ctx: Ctx): Cmd {
  return savepointCommand(ctx, true);
}

export function triggerSavepoint(ctx: Ctx): Cmd {
  return savepointCommand(ctx, false);
}

function savepointCommand(ctx: Ctx, stop: boolean): Cmd {
  const title = stop ? 'Stop Job with Savepoint' : 'Trigger Savepoint';
  return async (arg?: unknown) => {
    const cluster = await requireCluster(ctx.cluster);
    if (!cluster) return;
    try {
      const job = await resolveJob(cluster.rest, arg, 'active', title);
      if (!job) return;
      const result = await window.withProgress({ location: ProgressLocation.Notification, title: `Flink: ${stop ? 'stopping' : 'savepoint of'} ${job.name}` }, (progress) => {
        progress.report({ message: 'waiting for the savepoint to complete' });
        return stop ? stopWithSavepoint(cluster.rest, job.jid) : takeSavepoint(cluster.rest, job.jid);
      });
      void ctx.cluster.refresh();
      const hostPath = toHostPath(workspacePathMapping(cluster.workspace), result.location);
      const restart = 'Restart from This Savepoint';
      const reveal = 'Reveal in Explorer';
      const actions = stop ? [restart, reveal] : [reveal];
      const picked = await window.showInformationMessage(`${stop ? `Stopped ${job.name} with` : `${job.name}:`} savepoint ${hostPath ?? result.location}`, ...actions);
      if (picked === restart) await commands.executeCommand(COMMAND_IDS.restartFromSavepoint, { jobId: job.jid, savepoint: hostPath ?? result.location });
      if (picked === reveal && hostPath) await commands.executeCommand('revealInExplorer', Uri.file(hostPath));
    } catch (error) {
      await showJobError(error, `${title} failed`, () => ctx.clusterLog);
    }
  };
}

export function restartFromLatestCheckpoint(ctx: Ctx): Cmd {
  return async (arg?: unknown) => {
    const cluster = await requireCluster(ctx.cluster);
    if (!cluster) return;
    try {
      await restartJob(ctx, cluster, { kind: 'latest-checkpoint', jobId: jobIdOf(arg) });
    } catch (error) {
      await showJobError(error, 'Could not restart from the latest checkpoint', () => ctx.clusterLog);
    }
  };
}

export function restartFromSavepoint(ctx: Ctx): Cmd {
  return async (arg?: unknown) => {
    const cluster = await requireCluster(ctx.cluster);
    if (!cluster) return;
    const savepoint = typeof arg === 'object' && arg !== null && 'savepoint' in arg && typeof arg.savepoint === 'string' ? arg.savepoint : undefined;
    try {
      await restartJob(ctx, cluster, { kind: 'savepoint', jobId: jobIdOf(arg), ...(savepoint ? { path: savepoint } : {}) });
    } catch (error) {
      await showJobError(error, 'Could not restart from the savepoint', () => ctx.clusterLog);
    }
  };
}

export function showJobExceptions(ctx: Ctx): Cmd {
  return async (arg?: unknown) => {
    const cluster = await requireCluster(ctx.cluster);
    if (!cluster) return;
    try {
      const job = await resolveJob(cluster.rest, arg, 'any', 'Show Exceptions');
      if (!job) return;
      const uri = exceptionsUri(job.jid, job.name);
      jobsUi(ctx).exceptions.refresh(uri);
      await window.showTextDocument(await workspace.openTextDocument(uri), { preview: true });
    } catch (error) {
      await showJobError(error, 'Could not show the exceptions', () => ctx.clusterLog);
    }
  };
}

export function showCheckpointChart(ctx: Ctx): Cmd {
  return async (arg?: unknown) => {
    const cluster = await requireCluster(ctx.cluster);
    if (!cluster) return;
    try {
      const job = await resolveJob(cluster.rest, arg, 'any', 'Show Checkpoint Chart');
      if (job) jobsUi(ctx).charts.show(job.jid, job.name, !isEndedJob(job.state));
    } catch (error) {
      await showJobError(error, 'Could not show the checkpoint chart', () => ctx.clusterLog);
    }
  };
}

function submitArgsOf(arg: unknown): SubmitArgs {
  if (isArtifactUri(arg)) return { artifact: arg.fsPath };
  if (typeof arg === 'string') return { artifact: arg };
  if (typeof arg !== 'object' || arg === null) return {};
  const a = arg as Record<string, unknown>;
  return {
    ...(typeof a.artifact === 'string' ? { artifact: a.artifact } : {}),
    ...(typeof a.entryClass === 'string' ? { entryClass: a.entryClass } : {}),
    ...(Array.isArray(a.args) && a.args.every((x) => typeof x === 'string') ? { args: a.args as string[] } : {}),
    ...(typeof a.parallelism === 'number' ? { parallelism: a.parallelism } : {}),
  };
}
