import { adoptCluster, projectDirs, type RuntimeClient, type StartedFlinkCluster } from '../../cluster/index.js';
import { FlinkRestClient, isClusterUnreachableError, redactUrl } from '../../flink-rest/index.js';
import { workspacePathMapping, type PathMapping } from '../checkpoints/checkpoint-paths.js';
import { ClusterNotRunningError } from '../errors/cluster-not-running-error.js';

/** Where jobs go: a REST endpoint, plus, for our local cluster, what only a local cluster offers. */
export interface JobTarget {
  rest: FlinkRestClient;
  /** Present for the local Docker cluster: PyFlink submission, checkpoint folders on the host. */
  local?: LocalClusterInfo;
}

export interface LocalClusterInfo {
  cluster: StartedFlinkCluster;
  mapping: PathMapping;
  /** Host folders (`.flink/checkpoints`, `.flink/savepoints`). */
  checkpointDir: string;
  savepointDir: string;
}

export type JobTargetLookup =
  /** `timeoutMs`: how long the first REST call may take (default 5 s). */
  | { restUrl: string; timeoutMs?: number }
  | { runtime: RuntimeClient; workspace: string }
  | { runtime: RuntimeClient; clusterName: string };

/**
 * The cluster to submit to: a remote one by REST URL (jars only), or the local cluster of a
 * workspace (or by name) found through its Docker labels. Throws ClusterNotRunningError when
 * nothing answers, before anything is uploaded; an answer that is wrong (HTTP 500, no answer in
 * time, not Flink's JSON) is thrown as its own FlinkRestError so the cause stays visible.
 */
export async function resolveJobTarget(lookup: JobTargetLookup): Promise<JobTarget> {
  if ('restUrl' in lookup) {
    const rest = new FlinkRestClient({ baseUrl: lookup.restUrl });
    await requireReachable(rest, `at ${redactUrl(lookup.restUrl)}`, lookup.timeoutMs);
    return { rest };
  }
  const cluster = await adoptCluster(lookup.runtime, 'workspace' in lookup ? { workspace: lookup.workspace } : { name: lookup.clusterName });
  const described = 'workspace' in lookup ? `for workspace ${lookup.workspace}` : `named '${lookup.clusterName}'`;
  if (!cluster || (await cluster.status()).jobManager?.state !== 'running') throw new ClusterNotRunningError(described);
  await requireReachable(cluster.rest, `${described} (its REST API at ${cluster.restUrl} does not answer)`);
  return { rest: cluster.rest, local: localClusterInfo(cluster) };
}

export function localClusterInfo(cluster: StartedFlinkCluster): LocalClusterInfo {
  const dirs = projectDirs(cluster.workspace);
  return { cluster, mapping: workspacePathMapping(cluster.workspace), checkpointDir: dirs.checkpoints, savepointDir: dirs.savepoints };
}

async function requireReachable(rest: FlinkRestClient, described: string, timeoutMs = 5_000): Promise<void> {
  try {
    await rest.overview({ timeoutMs });
  } catch (error) {
    // Only "nothing answers" means no cluster runs; a 500 or a hang is a cluster in trouble, and says so itself.
    if (isClusterUnreachableError(error)) throw new ClusterNotRunningError(`${described} (${error.reason})`, { cause: error });
    throw error;
  }
}
