import { JobsError } from '../errors/jobs-error.js';
import { resolveRestorePath, type ResolvedRestore, type RestoreSpec } from '../checkpoints/resolve-restore-path.js';
import type { AwaitStartOptions } from './await-job-start.js';
import type { JobTarget } from './job-target.js';
import { submitJar, type SubmittedJob } from './submit-jar.js';
import { submitPython } from './submit-python.js';

/** One submission as the editor's "Submit Job…" and `flink-ft submit` describe it. */
export interface SubmitRequest {
  /** A built jar, or a PyFlink `.py` script. */
  artifact: string;
  entryClass?: string;
  args?: readonly string[];
  parallelism?: number;
  restore?: RestoreSpec;
  allowNonRestoredState?: boolean;
  awaitRunning?: boolean | AwaitStartOptions;
}

export interface SubmitOutcome extends SubmittedJob {
  restoredFrom: ResolvedRestore | undefined;
}

/**
 * Submits a jar (REST, local or remote) or a PyFlink script (local cluster only), restoring from
 * a checkpoint or savepoint when asked. Every check (restore path, entry class, cluster) runs
 * before anything reaches the cluster.
 */
export async function submitJob(target: JobTarget, request: SubmitRequest, cwd = process.cwd()): Promise<SubmitOutcome> {
  const restoredFrom = request.restore ? await resolveRestorePath(target, request.restore, cwd) : undefined;
  const common = {
    args: request.args,
    parallelism: request.parallelism,
    savepointPath: restoredFrom?.savepointPath,
    allowNonRestoredState: request.allowNonRestoredState,
    awaitRunning: request.awaitRunning,
  };
  if (request.artifact.endsWith('.py')) {
    if (!target.local) {
      throw new JobsError(
        'PyFlink scripts can only be submitted to the local cluster (they run with `flink run -py` inside its JobManager). ' +
          'For a remote cluster, run `flink run -py` where Flink is installed, or submit a jar.',
      );
    }
    return { ...(await submitPython(target.local.cluster, { ...common, scriptPath: request.artifact })), restoredFrom };
  }
  return { ...(await submitJar(target.rest, { ...common, jarPath: request.artifact, entryClass: request.entryClass })), restoredFrom };
}
