// Abstract values the Java evaluator tracks through locals, fields, parameters and returns: the
// values of the Flink API every evaluator shares (flink-semantics/flink-values.ts) and Java's own.
import type { StagedStream } from '../stream-stages.js';
import type { FlinkValue } from '../flink-semantics/flink-values.js';

export type { ConnectorState } from '../flink-semantics/flink-values.js';

/** A stream: the sources feeding it and what the next transformation acts on (stream-stages.ts). */
export type StreamState = StagedStream;

export type Value =
  | FlinkValue
  /** `new Job(env, sink)` of a class in this file: its constructor ran with these arguments. */
  | { kind: 'instance'; className: string };

export const UNKNOWN: Value = { kind: 'unknown' };
