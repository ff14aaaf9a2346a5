// Abstract values the Java evaluator tracks through locals, fields, parameters and returns. Objects
// Java code mutates (environments, builders, configurations) are shared state, as they are at runtime.
import type { ConnectorEntry } from '../../catalog/catalog.js';
import type { ConfigCall, CustomSourceClass, EnvironmentModel, OperatorModel, SourceModel } from '../../model.js';
import type { Range } from '../../types.js';

export interface ConfEntry {
  key: string;
  range: Range;
  stringValue?: string;
  enumName?: string;
  ms?: number;
}

export interface ConfState {
  entries: ConfEntry[];
}

export interface StreamState {
  envId?: number;
  sourceIds: number[];
  /** What the next transformation acts on, when that makes it stateful (FLINK004). */
  stage?: 'keyed' | 'windowed' | 'broadcast' | 'broadcast-connected' | 'keyed-connected' | 'interval-join' | 'cep';
  /** The operator or source that produced this stream, for `.uid(...)` after it. */
  operator?: OperatorModel;
  source?: SourceModel;
}

/** A connector under construction or built; one state per builder object, shared by its aliases. */
export interface ConnectorState {
  entry: ConnectorEntry;
  api: string;
  calls: ConfigCall[];
}

export type Value =
  | { kind: 'env'; env: EnvironmentModel }
  | { kind: 'checkpointConfig'; env: EnvironmentModel }
  | { kind: 'configuration'; conf: ConfState }
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
  | { kind: 'unknown' };

export const UNKNOWN: Value = { kind: 'unknown' };
