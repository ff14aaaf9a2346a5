import { ClusterError } from './cluster-error.js';

/** A wait strategy's condition did not come true in time. Says what, what was seen last, and how long. */
export class WaitTimeoutError extends ClusterError {
  override name = 'WaitTimeoutError';
  readonly awaited: string;
  readonly lastSeen: string;
  readonly elapsedMs: number;

  constructor(details: { awaited: string; lastSeen: string; elapsedMs: number; unchangedMs: number }) {
    super(
      `Timed out after ${seconds(details.elapsedMs)} waiting for ${details.awaited}; ` +
        `last seen: ${details.lastSeen} (unchanged for ${seconds(details.unchangedMs)}).`,
    );
    this.awaited = details.awaited;
    this.lastSeen = details.lastSeen;
    this.elapsedMs = details.elapsedMs;
  }
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function isWaitTimeoutError(error: unknown): error is WaitTimeoutError {
  return error instanceof WaitTimeoutError || (error as { name?: unknown } | null)?.name === 'WaitTimeoutError';
}
