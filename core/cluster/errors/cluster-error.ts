/** Base class of the local-cluster errors. Each subclass's message ends with what to do next. */
export class ClusterError extends Error {
  override name = 'ClusterError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

const CLUSTER_ERROR_NAMES = new Set([
  'ClusterError',
  'DockerUnavailableError',
  'PortInUseError',
  'ImageMissingError',
  'ContainerStartError',
  'TaskManagerNotFoundError',
  'DockerApiError',
  'DockerTimeoutError',
  'UnsafeDataDirError',
  'PurgeFailedError',
  'WaitTimeoutError',
  'WaitFailedError',
]);

/** True for any cluster error, also across bundles where `instanceof` fails. */
export function isClusterError(error: unknown): error is ClusterError {
  if (error instanceof ClusterError) return true;
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' && CLUSTER_ERROR_NAMES.has(name);
}
