// Restart from Latest Checkpoint and Restart from Savepoint…: pick the checkpoint's job or the
// savepoint (never a typed path), cancel the job first if it still runs, then resubmit what was
// submitted as that job (remembered), or ask for the jar or script when it was submitted elsewhere;
// the savepoint check runs before the restore (check-before-restore.ts).
import { basename } from 'node:path';
import { ProgressLocation, window } from 'vscode';
import { isWaitTimeoutError, type StartedFlinkCluster } from '../../../core/cluster/index.js';
import type { JobOverview } from '../../../core/flink-rest/index.js';
import { cancelJobAndWait, DEFAULT_CANCEL_TIMEOUT_MS, listRetainedCheckpoints, listSavepoints, localClusterInfo, NoRetainedCheckpointError, type RestoreSpec, type SubmitRequest } from '../../../core/jobs/index.js';
import { formatDateTime, isEndedJob } from '../views/job-view-model.js';
import type { Ctx } from '../ctx.js';
import { artifactPath, pickArtifact, pickEntryClass } from './artifact-pick.js';
import { jobsUi } from './jobs-ui.js';
import { checkBeforeRestore } from './check-before-restore.js';
import { submitWithProgress } from './submit-flow.js';

export type RestartFrom = { kind: 'latest-checkpoint'; jobId?: string | undefined } | { kind: 'savepoint'; jobId?: string | undefined; path?: string };

export async function restartJob(ctx: Ctx, cluster: StartedFlinkCluster, from: RestartFrom): Promise<void> {
  const local = localClusterInfo(cluster);
  const jobs = new Map((await cluster.rest.jobs({ timeoutMs: 5_000 }).catch(() => [] as JobOverview[])).map((j) => [j.jid, j]));
  const memory = jobsUi(ctx).submissions;
  const nameOf = (jobId: string) => jobs.get(jobId)?.name ?? memory.get(jobId)?.jobName ?? `job ${jobId.slice(0, 8)}`;

  let jobId = from.jobId;
  let restore: RestoreSpec;
  let what: string;
  if (from.kind === 'latest-checkpoint') {
    if (!jobId) {
      jobId = await pickCheckpointedJob(local.checkpointDir, nameOf, (id) => jobs.get(id)?.state.toLowerCase());
      if (!jobId) return;
    }
    restore = { kind: 'latest-checkpoint', jobId };
    what = 'its latest checkpoint';
  } else {
    let path = from.path;
    if (!path) {
      const picked = await pickSavepoint(local.savepointDir, (prefix) => {
        const id = [...jobs.keys()].find((j) => j.startsWith(prefix)) ?? memory.byPrefix(prefix)?.jobId;
        return id ? { jobId: id, name: nameOf(id) } : undefined;
      });
      if (!picked) return;
      path = picked.path;
      jobId ??= picked.jobId;
    }
    restore = { kind: 'path', path };
    what = `savepoint ${basename(path)}`;
  }

  const request = await whatToRun(jobId ? memory.get(jobId) : undefined, jobId ? nameOf(jobId) : 'the job');
  if (!request) return;
  const allowNonRestoredState = await checkBeforeRestore(cluster, request, restore, what);
  if (allowNonRestoredState === undefined) return;
  // Cancel only once the check let the restart go ahead: a blocked restart leaves the job running.
  const live = jobId ? jobs.get(jobId) : undefined;
  if (live && !isEndedJob(live.state)) {
    const confirm = 'Cancel and Restart';
    const answer = await window.showWarningMessage(`${live.name} is still running. Cancel it and restart it from ${what}?`, { modal: true }, confirm);
    if (answer !== confirm) return;
    await window.withProgress({ location: ProgressLocation.Notification, title: `Flink: cancelling ${live.name}` }, async () => {
      await cancelJobAndWait(cluster.rest, live.jid).catch((error: unknown) => {
        throw isWaitTimeoutError(error) ? new Error(`${live.name} did not end within ${DEFAULT_CANCEL_TIMEOUT_MS / 1000} s of cancelling (${error.lastSeen}); cancel it from the Flink web UI and try again.`) : error;
      });
    });
  }

  await submitWithProgress(ctx, cluster, { ...request, restore, ...(allowNonRestoredState ? { allowNonRestoredState } : {}) }, `Flink: restarting ${jobId ? nameOf(jobId) : 'job'} from ${what}`);
}

/** The remembered submission, else the same questions Submit Job asks. */
async function whatToRun(remembered: { artifact: string; entryClass?: string; args?: string[]; parallelism?: number } | undefined, name: string): Promise<SubmitRequest | undefined> {
  if (remembered) {
    return {
      artifact: remembered.artifact,
      ...(remembered.entryClass ? { entryClass: remembered.entryClass } : {}),
      ...(remembered.args ? { args: remembered.args } : {}),
      ...(remembered.parallelism !== undefined ? { parallelism: remembered.parallelism } : {}),
    };
  }
  const choice = await pickArtifact(`Which jar or script runs ${name}?`);
  if (!choice) return undefined;
  const { artifact, projectDir } = await artifactPath(choice);
  if (!artifact.endsWith('.jar')) return { artifact };
  const entryClass = await pickEntryClass(artifact, projectDir);
  if (entryClass === null) return undefined;
  return { artifact, ...(entryClass ? { entryClass } : {}) };
}

async function pickCheckpointedJob(checkpointDir: string, nameOf: (jobId: string) => string, stateOf: (jobId: string) => string | undefined): Promise<string | undefined> {
  const newest = new Map<string, { checkpointId: number; completedAt: number; path: string }>();
  for (const c of await listRetainedCheckpoints(checkpointDir)) {
    const seen = newest.get(c.jobId);
    if (!seen || c.checkpointId > seen.checkpointId) newest.set(c.jobId, c);
  }
  if (newest.size === 0) throw new NoRetainedCheckpointError(checkpointDir);
  const items = [...newest.entries()]
    .sort((a, b) => b[1].completedAt - a[1].completedAt)
    .map(([jobId, c]) => ({
      label: nameOf(jobId),
      description: [`chk-${c.checkpointId}`, formatDateTime(c.completedAt), stateOf(jobId)].filter(Boolean).join(' · '),
      detail: c.path,
      jobId,
    }));
  const picked = await window.showQuickPick(items, { title: 'Restart from Latest Checkpoint', placeHolder: 'Which job? Its newest complete checkpoint is used.', matchOnDetail: true });
  return picked?.jobId;
}

async function pickSavepoint(savepointDir: string, jobOf: (prefix: string) => { jobId: string; name: string } | undefined): Promise<{ path: string; jobId: string | undefined } | undefined> {
  const savepoints = await listSavepoints(savepointDir);
  if (savepoints.length === 0) {
    void window.showInformationMessage('No savepoints in .flink/savepoints yet. Take one with "Flink: Trigger Savepoint" or "Flink: Stop Job with Savepoint".');
    return undefined;
  }
  const items = savepoints.map((s) => {
    const job = s.jobIdPrefix ? jobOf(s.jobIdPrefix) : undefined;
    return { label: basename(s.path), description: [job ? `from ${job.name}` : undefined, formatDateTime(s.completedAt)].filter(Boolean).join(' · '), detail: s.path, path: s.path, jobId: job?.jobId };
  });
  const picked = await window.showQuickPick(items, { title: 'Restart from Savepoint', placeHolder: 'Which savepoint? Newest first.' });
  return picked && { path: picked.path, jobId: picked.jobId };
}
