import { FlinkRestError } from './flink-rest-error.js';

/** Nothing answers at the REST address (connection refused, reset, unknown host). */
export class ClusterUnreachableError extends FlinkRestError {
  override name = 'ClusterUnreachableError';
  readonly method: string;
  readonly url: string;
  /** The socket error code, e.g. ECONNREFUSED. */
  readonly reason: string;

  constructor(details: { method: string; url: string; reason: string }, options?: { cause?: unknown }) {
    super(
      `${details.method} ${details.url} could not reach the Flink cluster (${details.reason}). ` +
        "Is the cluster running? Start it with 'Flink: Start Local Cluster' or `flink-ft cluster up`",
      options,
    );
    this.method = details.method;
    this.url = details.url;
    this.reason = details.reason;
  }
}

/** @example if (isClusterUnreachableError(e)) offerToStartCluster(); */
export function isClusterUnreachableError(error: unknown): error is ClusterUnreachableError {
  return error instanceof ClusterUnreachableError || (error as { name?: unknown } | null)?.name === 'ClusterUnreachableError';
}
