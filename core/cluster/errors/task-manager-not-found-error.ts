import { ClusterError } from './cluster-error.js';

/** A TaskManager id (tm-N) that the cluster does not have. */
export class TaskManagerNotFoundError extends ClusterError {
  override name = 'TaskManagerNotFoundError';
  readonly id: string;

  constructor(id: string, known: readonly string[]) {
    super(`No TaskManager '${id}' in this cluster. Known TaskManagers: ${known.length > 0 ? known.join(', ') : 'none'}.`);
    this.id = id;
  }
}

export function isTaskManagerNotFoundError(error: unknown): error is TaskManagerNotFoundError {
  return error instanceof TaskManagerNotFoundError || (error as { name?: unknown } | null)?.name === 'TaskManagerNotFoundError';
}
