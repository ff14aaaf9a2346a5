import { hasErrorFamily, type ErrorFamily } from '../../errors/error-family.js';

/** Base class of the local-cluster errors. Each subclass's message ends with what to do next. */
export class ClusterError extends Error {
  override name = 'ClusterError';
  /** The brand isClusterError reads; every subclass has it. */
  readonly errorFamily: ErrorFamily = 'cluster';
}

/** True for any cluster error, also across bundles where `instanceof` fails. */
export function isClusterError(error: unknown): error is ClusterError {
  return error instanceof ClusterError || hasErrorFamily(error, 'cluster');
}
