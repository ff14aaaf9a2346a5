// The abstract values every evaluator tracks for the Flink API (environments, checkpoint configs,
// configurations, streams, connectors, custom sources, types). Each front end's `Value` is this union
// plus the few kinds only its language has, so results of the shared semantics are its values as they are.
// Objects the code mutates (environments, builders, configurations) are shared state, as at runtime.
import type { ConnectorEntry } from '../../catalog/catalog.js';
import type { ConfigCall, CustomSourceClass, EnvironmentModel } from '../../model.js';
import type { Position, Range } from '../../types.js';
import type { StagedStream } from '../stream-stages.js';
import type { ConfigurationState } from './configuration-calls.js';

/** A connector under construction or built; one state per builder object, shared by its aliases. */
export interface ConnectorState {
  entry: ConnectorEntry;
  api: string;
  calls: ConfigCall[];
}

export type FlinkValue =
  | { kind: 'env'; env: EnvironmentModel }
  | { kind: 'checkpointConfig'; env: EnvironmentModel }
  /** A table environment (in Python also a statement set) and the stream environment behind it. */
  | { kind: 'tableEnv'; env: EnvironmentModel }
  | { kind: 'configuration'; conf: ConfigurationState }
  /** The sources feeding it and what the next transformation acts on (stream-stages.ts). */
  | { kind: 'stream'; stream: StagedStream }
  | {
      kind: 'connector';
      state: ConnectorState;
      /** The expression that produced this value. */
      range: Range;
      /** Set once a terminal `build*()` call produced it. */
      built?: { dot?: Position; indent?: string };
    }
  | { kind: 'customSource'; cls: CustomSourceClass; range: Range }
  | { kind: 'type'; name: string }
  | { kind: 'unknown' };
