import { isAbsolute, resolve } from 'node:path';
import type { JobTarget } from '../submit/job-target.js';
import { JobsError } from '../errors/jobs-error.js';
import { NoRetainedCheckpointError } from '../errors/no-retained-checkpoint-error.js';
import { toContainerPath, toHostPath } from './checkpoint-paths.js';
import { findLatestCheckpoint } from './find-latest-checkpoint.js';
import { validateRestorePath } from './validate-restore-path.js';

/** What to restore a job from. */
export type RestoreSpec =
  /** The newest complete retained checkpoint, of `jobId` or of any job. */
  | { kind: 'latest-checkpoint'; jobId?: string }
  /** A chk-N or savepoint folder; host path for the local cluster, cluster path or URI for a remote one. */
  | { kind: 'path'; path: string; expectedJobId?: string };

export interface ResolvedRestore {
  /** What to send as savepointPath / `-s`: the path as the cluster sees it. */
  savepointPath: string;
  /** The same folder on this machine, when it is local. */
  hostPath: string | undefined;
  kind: 'checkpoint' | 'savepoint';
  /** The job the checkpoint came from, when known. */
  jobId: string | undefined;
  /** N of chk-N, when it is a checkpoint. */
  checkpointId: number | undefined;
}

/**
 * Turns a restore request into the path Flink needs, after checking it on disk for the local
 * cluster (exists, complete, right job). For a remote cluster 'latest' comes from the previous
 * job's REST statistics and paths are passed through: only the cluster can see them.
 */
export async function resolveRestorePath(target: JobTarget, spec: RestoreSpec, cwd = process.cwd()): Promise<ResolvedRestore> {
  const local = target.local;
  if (spec.kind === 'latest-checkpoint') {
    if (local) {
      const latest = await findLatestCheckpoint(local.checkpointDir, spec.jobId);
      return {
        savepointPath: toContainerPath(local.mapping, latest.path) ?? latest.path,
        hostPath: latest.path,
        kind: 'checkpoint',
        jobId: latest.jobId,
        checkpointId: latest.checkpointId,
      };
    }
    if (!spec.jobId) throw new NoRetainedCheckpointError(`${target.rest.baseUrl} (a remote cluster: name the job whose checkpoint to use)`);
    const stats = await target.rest.checkpoints(spec.jobId);
    const completed = stats.latest.completed;
    if (!completed?.external_path) throw new NoRetainedCheckpointError(target.rest.baseUrl, spec.jobId);
    return { savepointPath: completed.external_path, hostPath: undefined, kind: 'checkpoint', jobId: spec.jobId, checkpointId: completed.id };
  }
  if (!local) {
    return { savepointPath: spec.path, hostPath: undefined, kind: /\/chk-\d+\/?$/.test(spec.path) ? 'checkpoint' : 'savepoint', jobId: undefined, checkpointId: undefined };
  }
  // Accept what REST shows (container path, file: URI) as well as host paths.
  const hostPath = toHostPath(local.mapping, spec.path) ?? (isAbsolute(spec.path) ? spec.path : resolve(cwd, spec.path));
  const validated = await validateRestorePath(hostPath, spec.expectedJobId);
  const checkpointId = /chk-(\d+)$/.exec(validated.path)?.[1];
  const savepointPath = toContainerPath(local.mapping, validated.path);
  if (savepointPath === undefined) {
    throw new JobsError(
      `${validated.path} is outside ${local.mapping.hostRoot}, which is the only folder the local cluster can read. ` +
        'Copy the checkpoint or savepoint folder into .flink/savepoints and restore from there.',
    );
  }
  return {
    savepointPath,
    hostPath: validated.path,
    kind: validated.kind,
    jobId: validated.jobId,
    checkpointId: checkpointId === undefined ? undefined : Number(checkpointId),
  };
}
