import { ClusterError } from './cluster-error.js';
import { seconds } from './wait-timeout-error.js';

/** The awaited condition can no longer come true (e.g. the job reached FAILED while we waited for RUNNING). */
export class WaitFailedError extends ClusterError {
  override name = 'WaitFailedError';
  readonly awaited: string;
  readonly seen: string;

  constructor(details: { awaited: string; seen: string; elapsedMs: number }) {
    super(`Gave up waiting for ${details.awaited} after ${seconds(details.elapsedMs)}: ${details.seen}.`);
    this.awaited = details.awaited;
    this.seen = details.seen;
  }
}

export function isWaitFailedError(error: unknown): error is WaitFailedError {
  return error instanceof WaitFailedError || (error as { name?: unknown } | null)?.name === 'WaitFailedError';
}
