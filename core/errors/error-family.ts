// Which area of core an error comes from, as a brand on the instance. The CLI and the extension
// bundle core separately, so `instanceof` fails for an error made by the other copy; an own
// property still says what it is, without a list of class names to keep in step.

/** Set by each family's base class (ClusterError, JobsError, FlinkRestError) as `errorFamily`. */
export type ErrorFamily = 'cluster' | 'jobs' | 'flink-rest';

/** True when `error` carries the brand of `family` (whichever copy of core made it). */
export function hasErrorFamily(error: unknown, family: ErrorFamily): boolean {
  return typeof error === 'object' && error !== null && (error as { errorFamily?: unknown }).errorFamily === family;
}
