import { ClusterError } from './cluster-error.js';

/** A Docker Engine API call got no answer (or its output did not end) within its timeout. */
export class DockerTimeoutError extends ClusterError {
  override name = 'DockerTimeoutError';
  readonly operation: string;
  readonly endpoint: string;
  readonly timeoutMs: number;

  constructor(details: { operation: string; endpoint: string; timeoutMs: number }) {
    super(
      `Docker ${details.operation} at ${details.endpoint} got no answer within ${formatDuration(details.timeoutMs)}. ` +
        'The engine may be overloaded or hung: check `docker info`, and restart the engine if that hangs too.',
    );
    this.operation = details.operation;
    this.endpoint = details.endpoint;
    this.timeoutMs = details.timeoutMs;
  }
}

function formatDuration(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

export function isDockerTimeoutError(error: unknown): error is DockerTimeoutError {
  return error instanceof DockerTimeoutError || (error as { name?: unknown } | null)?.name === 'DockerTimeoutError';
}
