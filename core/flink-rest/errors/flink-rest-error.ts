/** Base class of every error the Flink REST client throws, so callers can catch the whole area at once. */
export class FlinkRestError extends Error {
  override name = 'FlinkRestError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

const REST_ERROR_NAMES: readonly string[] = [
  'FlinkRestError',
  'HttpStatusError',
  'RestTimeoutError',
  'ClusterUnreachableError',
  'InvalidRestUrlError',
  'UnexpectedResponseError',
  'ResponseTooLargeError',
];

/**
 * True for any FlinkRestError, also across realms or bundles where `instanceof` fails
 * (the CLI and the extension bundle core separately).
 * @example if (isFlinkRestError(e)) showError(e.message);
 */
export function isFlinkRestError(error: unknown): error is FlinkRestError {
  if (error instanceof FlinkRestError) return true;
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' && REST_ERROR_NAMES.includes(name);
}
