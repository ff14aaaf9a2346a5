import { ClusterError } from './cluster-error.js';

/** A container of the cluster failed to start or to become ready; carries its last log lines. */
export class ContainerStartError extends ClusterError {
  override name = 'ContainerStartError';
  readonly container: string;
  readonly logTail: readonly string[];

  constructor(details: { container: string; reason: string; logTail: readonly string[]; nextStep?: string }, options?: { cause?: unknown }) {
    const tail = details.logTail.length > 0 ? `\nLast log lines of ${details.container}:\n${details.logTail.join('\n')}` : '';
    const nextStep = details.nextStep ?? 'Everything created for this start was removed; fix the cause shown below and start again.';
    super(`Container ${details.container} did not start: ${details.reason}. ${nextStep}${tail}`, options);
    this.container = details.container;
    this.logTail = details.logTail;
  }
}

export function isContainerStartError(error: unknown): error is ContainerStartError {
  return error instanceof ContainerStartError || (error as { name?: unknown } | null)?.name === 'ContainerStartError';
}
