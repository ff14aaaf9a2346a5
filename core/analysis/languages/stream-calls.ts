// What a call on a DataStream means, once for every front end: a sink the stream method itself is
// (`print()`, `writeAsText`), a sink attached with `sinkTo`/`addSink`, the environment it belongs
// to, or a transformation (stateful operators, uids and names: stream-stages.ts). Front ends read
// the call's syntax into a `StreamCall` and turn the result back into their own values.
import type { Catalog, ConnectorEntry } from '../catalog/catalog.js';
import type { ConfigCall, EnvironmentModel } from '../model.js';
import type { LanguageId, Position, Range } from '../types.js';
import { connectorUse, type ModelBuilder } from './model-builder.js';
import { followTransformation, type StagedStream } from './stream-stages.js';

/** A connector value passed to `sinkTo(...)` / `addSink(...)`. */
export interface ConnectorArgument {
  entry: ConnectorEntry;
  api: string;
  calls: ConfigCall[];
  range: Range;
  built?: { dot?: Position; indent?: string };
}

export interface StreamCall {
  languageId: LanguageId;
  /** As written (`sink_to`), for catalog look-ups and display names. */
  rawName: string;
  /** camelCase. */
  name: string;
  at: Range;
  contextName: string;
  /** The call as a builder call, for a stream method that is itself a sink (`print()`). */
  configCall: () => ConfigCall;
  /** The first argument when it is a connector. */
  connector?: ConnectorArgument;
  /** Streams among the arguments. */
  others: StagedStream[];
  argCount: number;
  firstString?: string;
}

export type StreamCallResult = { kind: 'stream'; stream: StagedStream } | { kind: 'env'; env: EnvironmentModel } | { kind: 'none' };

export function applyStreamCall(builder: ModelBuilder, catalog: Catalog, stream: StagedStream, call: StreamCall): StreamCallResult {
  const { at, name, rawName } = call;
  // After a call the stream's type lacks there is no stream: a sink on it is not judged.
  if (stream.impossible) return { kind: 'stream', stream };
  const common = { ...(stream.envId !== undefined ? { envId: stream.envId } : {}), attachRange: at, sourceIds: stream.sourceIds, contextName: call.contextName };
  const direct = catalog.streamMethod(call.languageId, rawName);
  if (direct) {
    builder.addSink({ ...common, range: at, displayName: `${rawName}()`, connectorId: direct.id, connector: connectorUse(direct, rawName, [call.configCall()], at) });
    return { kind: 'none' };
  }
  if (name === 'sinkTo' || name === 'addSink') {
    const value = call.connector;
    if (value && value.entry.role === 'sink') {
      const { entry, api, calls } = value;
      builder.addSink({ ...common, range: value.range, displayName: entry.displayName, connectorId: entry.id, connector: connectorUse(entry, api, calls, value.range, value.built) });
    } else {
      builder.addSink({ ...common, range: at, displayName: `${rawName}()` });
    }
    return { kind: 'none' };
  }
  if (name === 'getExecutionEnvironment') {
    const env = builder.model.environments.find((e) => e.id === stream.envId);
    return env ? { kind: 'env', env } : { kind: 'none' };
  }
  if (name === 'executeAndCollect' || name === 'collectAsync') return { kind: 'none' };
  const transformation = { name, at, others: call.others, argCount: call.argCount, ...(call.firstString !== undefined ? { firstString: call.firstString } : {}) };
  return { kind: 'stream', stream: followTransformation(builder, stream, transformation) };
}
