import { adoptCluster, workspaceDirs, type RuntimeClient, type StartedFlinkCluster } from '../../cluster/index.js';
import { FlinkRestClient, isFlinkRestError } from '../../flink-rest/index.js';
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
  | { restUrl: string }
  | { runtime: RuntimeClient; workspace: string }
  | { runtime: RuntimeClient; clusterName: string };

/**
 * The cluster to submit to: a remote one by REST URL (jars only), or the local cluster of a
 * workspace (or by name) found through its Docker labels. Throws ClusterNotRunningError when
 * nothing answers, before anything is uploaded.
 */
export async function resolveJobTarget(lookup: JobTargetLookup): Promise<JobTarget> {
  if ('restUrl' in lookup) {
    const rest = new FlinkRestClient({ baseUrl: lookup.restUrl });
    await requireReachable(rest, `at ${lookup.restUrl}`);
    return { rest };
  }
  const cluster = await adoptCluster(lookup.runtime, 'workspace' in lookup ? { workspace: lookup.workspace } : { name: lookup.clusterName });
  const described = 'workspace' in lookup ? `for workspace ${lookup.workspace}` : `named '${lookup.clusterName}'`;
  if (!cluster || (await cluster.status()).jobManager?.state !== 'running') throw new ClusterNotRunningError(described);
  await requireReachable(cluster.rest, `${described} (its REST API at ${cluster.restUrl} does not answer)`);
  return { rest: cluster.rest, local: localClusterInfo(cluster) };
}

export function localClusterInfo(cluster: StartedFlinkCluster): LocalClusterInfo {
  const dirs = workspaceDirs(cluster.workspace);
  return { cluster, mapping: workspacePathMapping(cluster.workspace), checkpointDir: dirs.checkpoints, savepointDir: dirs.savepoints };
}

async function requireReachable(rest: FlinkRestClient, described: string): Promise<void> {
  try {
    await rest.overview({ timeoutMs: 5_000 });
  } catch (error) {
    if (isFlinkRestError(error)) throw new ClusterNotRunningError(described, { cause: error });
    throw error;
  }
}
