import { ClusterError } from './cluster-error.js';

/** The engine answered an API call with an error (e.g. 409 conflict, 500 port already allocated). */
export class DockerApiError extends ClusterError {
  override name = 'DockerApiError';
  readonly operation: string;
  readonly statusCode: number | undefined;
  /** The engine's own message, e.g. "Bind for 127.0.0.1:8081 failed: port is already allocated". */
  readonly engineMessage: string;

  constructor(operation: string, statusCode: number | undefined, engineMessage: string, options?: { cause?: unknown }) {
    super(`Docker ${operation} failed${statusCode ? ` (HTTP ${statusCode})` : ''}: ${engineMessage}`, options);
    this.operation = operation;
    this.statusCode = statusCode;
    this.engineMessage = engineMessage;
  }
}

export function isDockerApiError(error: unknown): error is DockerApiError {
  return error instanceof DockerApiError || (error as { name?: unknown } | null)?.name === 'DockerApiError';
}
