// Abstract values the shared Python/Scala evaluator tracks. Objects the code mutates (environments,
// builders, configurations) are shared state, as they are at runtime.
import type { StagedStream } from '../stream-stages.js';
import type { ConnectorEntry } from '../../catalog/catalog.js';
import type { ConfigCall, CustomSourceClass, EnvironmentModel, RuntimeMode } from '../../model.js';
import type { Position, Range } from '../../types.js';
import type { ConfigEntry } from '../model-builder.js';

export interface ConfState {
  entries: ConfigEntry[];
  /** A configuration that belongs to an environment (`t_env.get_config().get_configuration()`): set applies at once. */
  env?: EnvironmentModel;
}

/** Sources feeding it, plus what stream-stages.ts tracks for FLINK004. */
export type StreamState = StagedStream;

export interface ConnectorState {
  entry: ConnectorEntry;
  api: string;
  calls: ConfigCall[];
}

export type Value =
  | { kind: 'env'; env: EnvironmentModel }
  | { kind: 'checkpointConfig'; env: EnvironmentModel }
  | { kind: 'configuration'; conf: ConfState }
  /** A table environment (also a statement set) and the stream environment behind it. */
  | { kind: 'tableEnv'; env: EnvironmentModel }
  | { kind: 'tableConfig'; env: EnvironmentModel }
  | { kind: 'table'; env: EnvironmentModel }
  /** `EnvironmentSettings` and its builder. */
  | { kind: 'settings'; mode: RuntimeMode; at: Range; conf?: ConfState }
  | { kind: 'stream'; stream: StreamState }
  | { kind: 'connector'; state: ConnectorState; range: Range; built?: { dot?: Position; indent?: string } }
  | { kind: 'customSource'; cls: CustomSourceClass; range: Range }
  | { kind: 'type'; name: string }
  | { kind: 'module'; name: string }
  | { kind: 'unknown' };

export const UNKNOWN: Value = { kind: 'unknown' };

export function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** PyFlink spells the Java API in snake_case: `enable_checkpointing` → `enableCheckpointing`. */
export function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
