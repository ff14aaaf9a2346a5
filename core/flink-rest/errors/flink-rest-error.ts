import { hasErrorFamily, type ErrorFamily } from '../../errors/error-family.js';

/** Base class of every error the Flink REST client throws, so callers can catch the whole area at once. */
export class FlinkRestError extends Error {
  override name = 'FlinkRestError';
  /** The brand isFlinkRestError reads; every subclass has it. */
  readonly errorFamily: ErrorFamily = 'flink-rest';
}

/**
 * True for any FlinkRestError, also across realms or bundles where `instanceof` fails
 * (the CLI and the extension bundle core separately).
 * @example if (isFlinkRestError(e)) showError(e.message);
 */
export function isFlinkRestError(error: unknown): error is FlinkRestError {
  return error instanceof FlinkRestError || hasErrorFamily(error, 'flink-rest');
}
