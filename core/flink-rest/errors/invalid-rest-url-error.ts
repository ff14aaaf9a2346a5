import { FlinkRestError } from './flink-rest-error.js';

/** The REST address cannot be used: not a URL, not http(s), or a port out of range. */
export class InvalidRestUrlError extends FlinkRestError {
  override name = 'InvalidRestUrlError';
  /** As given, with any password replaced by `***`. */
  readonly url: string;

  constructor(details: { url: string; reason: string }) {
    super(`Invalid Flink REST URL '${details.url}': ${details.reason}. Use a URL such as http://127.0.0.1:8081.`);
    this.url = details.url;
  }
}

/** @example if (isInvalidRestUrlError(e)) askForAnotherUrl(); */
export function isInvalidRestUrlError(error: unknown): error is InvalidRestUrlError {
  return error instanceof InvalidRestUrlError || (error as { name?: unknown } | null)?.name === 'InvalidRestUrlError';
}
