// Abstract values the shared Python/Scala evaluator tracks: the values of the Flink API every
// evaluator shares (flink-semantics/flink-values.ts) and those only the lowered languages have.
import type { StagedStream } from '../stream-stages.js';
import type { EnvironmentModel, RuntimeMode } from '../../model.js';
import type { Range } from '../../types.js';
import type { ConfigurationState } from '../flink-semantics/configuration-calls.js';
import type { FlinkValue } from '../flink-semantics/flink-values.js';

export type { ConnectorState } from '../flink-semantics/flink-values.js';

/** A Configuration; one that belongs to an environment (`t_env.get_config().get_configuration()`) applies each set at once. */
export type ConfState = ConfigurationState;

/** Sources feeding it, plus what stream-stages.ts tracks for FLINK004. */
export type StreamState = StagedStream;

export type Value =
  | FlinkValue
  | { kind: 'tableConfig'; env: EnvironmentModel }
  | { kind: 'table'; env: EnvironmentModel }
  /** `EnvironmentSettings` and its builder. */
  | { kind: 'settings'; mode: RuntimeMode; at: Range; conf?: ConfState }
  | { kind: 'module'; name: string };

export const UNKNOWN: Value = { kind: 'unknown' };

export function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** PyFlink spells the Java API in snake_case: `enable_checkpointing` → `enableCheckpointing`. */
export function camelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
