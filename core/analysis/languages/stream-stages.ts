// What a transformation does to a stream, in every front end: which operators keep state savepoints
// must map back (keyed aggregations, windows, broadcast and keyed co-processing, interval joins,
// CEP), and which `.uid(...)` / `.name(...)` belong to which operator or source (FLINK004).
import type { OperatorModel, SourceModel } from '../model.js';
import type { Range } from '../types.js';
import type { ModelBuilder } from './model-builder.js';

export type StreamStage = 'keyed' | 'windowed' | 'broadcast' | 'broadcast-connected' | 'keyed-connected' | 'interval-join' | 'cep';

export interface StagedStream {
  envId?: number;
  sourceIds: number[];
  /** What the next transformation acts on, when that makes it stateful. */
  stage?: StreamStage;
  /** The operator or source that produced this stream, for `.uid(...)` and `.name(...)` after it. */
  operator?: OperatorModel;
  source?: SourceModel;
  /** Known to be a plain DataStream: the result of a transformation that always returns one. */
  plain?: true;
  /**
   * Returned by a method the stream's type lacks (`window` on a DataStream never keyed: only
   * KeyedStream has it; PyFlink fails at run time, Java does not compile): no job builds it, so
   * nothing after it is an operator or a sink.
   */
  impossible?: true;
}

/** Calls that name or tune the operator before them without replacing it (camelCase names). */
const DECORATORS = new Set([
  'name', 'setParallelism', 'setMaxParallelism', 'returns', 'slotSharingGroup', 'disableChaining', 'startNewChain', 'setDescription', 'setBufferTimeout', 'forceNonParallel',
  'allowedLateness', 'trigger', 'evictor', 'sideOutputLateData', 'between', 'lowerBoundExclusive', 'upperBoundExclusive', 'inEventTime', 'inProcessingTime',
]);
const STATEFUL_BY_STAGE: Record<StreamStage, ReadonlySet<string>> = {
  // The Scala API's `mapWithState` family keeps a ValueState per key.
  keyed: new Set(['reduce', 'aggregate', 'sum', 'min', 'max', 'minBy', 'maxBy', 'process', 'fold', 'mapWithState', 'flatMapWithState', 'filterWithState']),
  windowed: new Set(['reduce', 'aggregate', 'apply', 'process', 'sum', 'min', 'max', 'minBy', 'maxBy', 'fold']),
  broadcast: new Set(),
  'broadcast-connected': new Set(['process']),
  'keyed-connected': new Set(['process']),
  'interval-join': new Set(['process']),
  cep: new Set(['select', 'flatSelect', 'process']),
};
const WINDOWS = new Set(['window', 'countWindow', 'timeWindow']);
const ALL_WINDOWS = new Set(['windowAll', 'countWindowAll', 'timeWindowAll']);
/** Transformations whose result is always a plain DataStream, whatever they were called on. */
const PLAIN_RESULTS = new Set([
  'map', 'flatMap', 'filter', 'process', 'reduce', 'aggregate', 'sum', 'min', 'max', 'minBy', 'maxBy', 'apply', 'fold',
  'union', 'rebalance', 'rescale', 'shuffle', 'forward', 'global', 'assignTimestampsAndWatermarks',
]);

/**
 * A stream known not to be keyed: straight from a source, or from a transformation that returns a
 * DataStream. A stream of unknown origin (a parameter, a helper's or an unknown call's result) is not.
 */
function knownPlain(stream: StagedStream): boolean {
  return stream.stage === undefined && (stream.plain === true || (stream.source !== undefined && stream.operator === undefined));
}

/** `window(...)` on a stream known not to be keyed: a method its type does not have. */
function lacksMethod(stream: StagedStream, name: string): boolean {
  return WINDOWS.has(name) && knownPlain(stream);
}

/** One stream fed by all of `streams` (a union, a join, a call we do not understand). */
export function mergeStreams(streams: readonly StagedStream[]): StagedStream {
  const merged: StagedStream = { sourceIds: [...new Set(streams.flatMap((s) => s.sourceIds))] };
  const envId = streams.find((s) => s.envId !== undefined)?.envId;
  if (envId !== undefined) merged.envId = envId;
  return merged;
}

function nextStage(stream: StagedStream, name: string, others: readonly StagedStream[], argCount: number): StreamStage | undefined {
  if (name === 'keyBy') return 'keyed';
  if (ALL_WINDOWS.has(name) || (WINDOWS.has(name) && stream.stage === 'keyed')) return 'windowed';
  // `broadcast(descriptor...)` makes a BroadcastStream; `broadcast()` only repartitions.
  if (name === 'broadcast') return argCount > 0 ? 'broadcast' : undefined;
  if (name === 'connect') {
    if (others.some((o) => o.stage === 'broadcast')) return 'broadcast-connected';
    if (stream.stage === 'keyed') return 'keyed-connected';
  }
  if (name === 'intervalJoin' && stream.stage === 'keyed') return 'interval-join';
  return undefined;
}

export interface Transformation {
  /** camelCase method name. */
  name: string;
  at: Range;
  /** Streams among the arguments. */
  others: readonly StagedStream[];
  argCount: number;
  /** The first argument when it is a string literal (`.name("counts")`). */
  firstString?: string;
}

/** Transformations listed as operators of the model even when stateless (same in every language, in camelCase). */
const LISTED_OPERATORS = new Set([
  'map', 'flatMap', 'filter', 'keyBy', 'process', 'window', 'windowAll', 'reduce', 'aggregate', 'sum', 'min', 'max', 'minBy', 'maxBy',
  'union', 'connect', 'join', 'coGroup', 'intervalJoin', 'broadcast', 'rebalance', 'rescale', 'shuffle', 'assignTimestampsAndWatermarks',
]);

/** The stream a transformation returns; records operators, their state, uids and names. */
export function followTransformation(builder: ModelBuilder, stream: StagedStream, t: Transformation): StagedStream {
  if (stream.impossible) return stream;
  if (lacksMethod(stream, t.name)) return { ...mergeStreams([stream]), impossible: true };
  if (t.name === 'uid' || t.name === 'setUidHash') {
    if (stream.operator) stream.operator.uid = true;
    else if (stream.source) stream.source.uid = true;
    return stream;
  }
  if (t.name === 'name' && t.firstString) {
    if (stream.operator) stream.operator.label ??= t.firstString;
    else if (stream.source) stream.source.label ??= t.firstString;
  }
  if (DECORATORS.has(t.name)) return stream;
  const stateful = stream.stage !== undefined && STATEFUL_BY_STAGE[stream.stage].has(t.name);
  const operator = LISTED_OPERATORS.has(t.name) || stateful ? builder.addOperator(t.name, t.at, stream.envId) : undefined;
  if (operator && stateful) operator.stateful = true;
  const next = mergeStreams(t.others.length > 0 ? [stream, ...t.others] : [stream]);
  if (operator) next.operator = operator;
  const stage = nextStage(stream, t.name, t.others, t.argCount);
  if (stage) next.stage = stage;
  else if (PLAIN_RESULTS.has(t.name)) next.plain = true;
  return next;
}

/** `CEP.pattern(stream, pattern)`: the pattern stream's select/process keep state. */
export function cepPattern(stream: StagedStream): StagedStream {
  return { ...mergeStreams([stream]), stage: 'cep' };
}
