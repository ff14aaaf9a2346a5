import { ClusterError } from './cluster-error.js';

/** A JobManager id (jm-N) the cluster does not have, or no leader to default to. */
export class JobManagerNotFoundError extends ClusterError {
  override name = 'JobManagerNotFoundError';
  readonly id: string | undefined;

  constructor(id: string | undefined, known: readonly string[]) {
    super(
      id === undefined
        ? `No JobManager leads right now (an election may be running, or ZooKeeper is down). Name one: ${known.join(', ') || 'none known'} ('flink-ft cluster status' shows them).`
        : `No JobManager '${id}' in this cluster. Known JobManagers: ${known.length > 0 ? known.join(', ') : 'none'}.`,
    );
    this.id = id;
  }
}

export function isJobManagerNotFoundError(error: unknown): error is JobManagerNotFoundError {
  return error instanceof JobManagerNotFoundError || (error as { name?: unknown } | null)?.name === 'JobManagerNotFoundError';
}
