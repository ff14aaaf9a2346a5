// The one interface between a front end's syntax and the Flink semantics written once in this folder:
// a call's arguments read by position or by PyFlink keyword, as constants, values or nested calls.
// Each front end (Java nodes, the lowered PyFlink/Scala form) implements it; nothing here knows syntax.
import type { ConfigCall } from '../../model.js';
import type { LanguageId, Range } from '../../types.js';
import type { FlinkValue } from './flink-values.js';

/** PyFlink's parameter name, or several where the API spelled it differently over versions. */
export type Keyword = string | readonly string[];

/** An evaluated argument, in the shapes the shared semantics read (the rest is `other`). */
export type ArgumentValue = Extract<FlinkValue, { kind: 'configuration' | 'customSource' | 'connector' }> | { kind: 'other' };

/** `index` counts positional arguments; `keyword`, when given and present, wins (Python). */
export interface ArgumentReader {
  /** Every argument, keyword ones included. */
  readonly count: number;
  string(index: number, keyword?: Keyword): string | undefined;
  number(index: number, keyword?: Keyword): number | undefined;
  /** `DeliveryGuarantee.EXACTLY_ONCE` or a bare `EXACTLY_ONCE` → `EXACTLY_ONCE`. */
  enumName(index: number, keyword?: Keyword): string | undefined;
  /** The argument as written. */
  text(index: number, keyword?: Keyword): string | undefined;
  /** `"file:///" + dir`: a concatenation that starts with a literal, as written; undefined where a front end cannot tell. */
  concatenation(index: number, keyword?: Keyword): string | undefined;
  /** A ConfigOption constant: `CheckpointingOptions.INTERVAL` (holder and field) or a bare `INTERVAL`. */
  option(index: number, keyword?: Keyword): { holder?: string; field: string } | undefined;
  /** The range of a string-literal argument, where the front end offers fixes on it. */
  literalRange(index: number): Range | undefined;
  /** The evaluated value; undefined for nested calls, which are read, not evaluated. */
  value(index: number, keyword?: Keyword): ArgumentValue | undefined;
  /** Every evaluated argument, in order. */
  values(): ArgumentValue[];
  /** A call or construction written as the argument: `RestartStrategies.noRestart()`, `new FsStateBackend(path)`. */
  call(index: number, keyword?: Keyword): FlinkCall | undefined;
}

/** One call as the shared semantics see it. */
export interface FlinkCall {
  readonly languageId: LanguageId;
  /** As written (`enable_checkpointing`): catalog look-ups, API tracking, display. */
  readonly rawName: string;
  /** camelCase, without a package or receiver (`enableCheckpointing`, `FsStateBackend`). */
  readonly name: string;
  /** `name(args)`, without the receiver chain. */
  readonly at: Range;
  readonly args: ArgumentReader;
  /** The call as a builder call, for catalog entries that read its arguments. */
  configCall(): ConfigCall;
}
