// Abstract values the Java evaluator tracks through locals, fields, parameters and returns. Objects
// Java code mutates (environments, builders, configurations) are shared state, as they are at runtime.
import type { ConnectorEntry } from '../../catalog/catalog.js';
import type { ConfigCall, CustomSourceClass, EnvironmentModel } from '../../model.js';
import type { StagedStream } from '../stream-stages.js';
import type { ConfigurationState } from '../flink-semantics/configuration-calls.js';
import type { Range } from '../../types.js';

/** A stream: the sources feeding it and what the next transformation acts on (stream-stages.ts). */
export type StreamState = StagedStream;

/** A connector under construction or built; one state per builder object, shared by its aliases. */
export interface ConnectorState {
  entry: ConnectorEntry;
  api: string;
  calls: ConfigCall[];
}

export type Value =
  | { kind: 'env'; env: EnvironmentModel }
  | { kind: 'checkpointConfig'; env: EnvironmentModel }
  /** `StreamTableEnvironment.create(env)`: streams it turns tables into belong to `env`'s job. */
  | { kind: 'tableEnv'; env: EnvironmentModel }
  | { kind: 'configuration'; conf: ConfigurationState }
  | { kind: 'stream'; stream: StreamState }
  | {
      kind: 'connector';
      state: ConnectorState;
      /** The expression that produced this value. */
      range: Range;
      /** Set once a terminal `build*()` call produced it. */
      built?: { dot?: { line: number; character: number }; indent?: string };
    }
  | { kind: 'customSource'; cls: CustomSourceClass; range: Range }
  | { kind: 'type'; name: string }
  /** `new Job(env, sink)` of a class in this file: its constructor ran with these arguments. */
  | { kind: 'instance'; className: string }
  | { kind: 'unknown' };

export const UNKNOWN: Value = { kind: 'unknown' };
