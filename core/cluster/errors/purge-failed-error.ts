import { ClusterError } from './cluster-error.js';

/** `down --purge` could not delete some of the `.flink` data (typically files the containers own). */
export class PurgeFailedError extends ClusterError {
  override name = 'PurgeFailedError';
  readonly path: string;

  constructor(details: { path: string; reason: string; hint: string }, options?: { cause?: unknown }) {
    super(`Could not delete ${details.path}: ${details.reason}. ${details.hint}`, options);
    this.path = details.path;
  }
}

export function isPurgeFailedError(error: unknown): error is PurgeFailedError {
  return error instanceof PurgeFailedError || (error as { name?: unknown } | null)?.name === 'PurgeFailedError';
}
