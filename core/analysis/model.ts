// The language-neutral job model of one file. Front ends (languages/*) build it from a syntax tree;
// rules, job summaries and hovers read only this model, so a new language is a new front end.
import type { GuaranteeOrUnknown, LanguageId, Position, Range, TextEdit } from './types.js';

export type RuntimeMode = 'streaming' | 'batch' | 'automatic';
export type CheckpointMode = 'exactly-once' | 'at-least-once';

/** A call that configures checkpointing, kept for hovers and related locations. */
export interface CheckpointCall {
  range: Range;
  /** What the call does, in words, e.g. `enables checkpointing every 10 s`. */
  effect: string;
  kind: 'enable' | 'mode' | 'timeout' | 'retention' | 'other';
}

export interface CheckpointSettings {
  enabled: boolean;
  /** The call or configuration entry that enabled checkpointing. */
  enabledAt?: Range;
  enabledVia?: 'enableCheckpointing' | 'setCheckpointInterval' | 'configuration';
  intervalMs?: number;
  /** `getCheckpointConfig().disableCheckpointing()` after enabling: the job does not checkpoint. */
  disabledAt?: Range;
  mode: CheckpointMode;
  /** Where the mode was set explicitly; absent means the default (exactly-once). */
  modeAt?: Range;
  timeoutMs?: number;
  retention?: string;
  /** Where retention was set, when it was set in this file. */
  retentionAt?: Range;
  /** A durable checkpoint location (`setCheckpointStorage`, `execution.checkpointing.dir`, ...). */
  storage?: { location: string; at?: Range; origin?: string; /** Named by a pre-1.13 state backend (`FsStateBackend(path)`): the job uses the 1.x API. */ legacyBackend?: boolean };
  /**
   * Set when the interval comes from outside the code (a config file, a helper in another file):
   * where, for hovers and CodeLens, e.g. `config.yaml:3`.
   */
  origin?: string;
  /** Where the mode came from when it was set outside the code. */
  modeOrigin?: string;
  calls: CheckpointCall[];
}

/** The restart strategy chosen for an environment (FLINK006), in code or a configuration. */
export interface RestartSettings {
  /** Normalised: `none` covers `none`, `off`, `disable` and `noRestart()`. */
  strategy: 'none' | 'fixed-delay' | 'failure-rate' | 'exponential-delay' | 'unknown';
  /** Fixed-delay attempts, when known. */
  attempts?: number;
  /** Where it was chosen in this file; absent when it comes from elsewhere. */
  at?: Range;
  /** Where it comes from when outside the code, e.g. `config.yaml:7`. */
  origin?: string;
}

/** Where a statement can be inserted right after the environment is created (the FLINK001 fix). */
export interface InsertionPoint {
  /** End of the line holding the end of the creating statement. */
  position: Position;
  indent: string;
  /** The name that refers to the environment at that point. */
  receiver: string;
}

export interface EnvironmentModel {
  id: number;
  /**
   * Created outside this file (a parameter, or a factory in another file): its checkpointing and
   * runtime mode are unknown here, so rules about them stay silent. Sources and sinks still count.
   */
  external?: boolean;
  /** The creating call, e.g. `StreamExecutionEnvironment.getExecutionEnvironment()`. */
  creation: Range;
  creationApi: string;
  /** How code refers to it where it was created (`env`, `this.env`), when it is held in a name. */
  variable?: string;
  insertion?: InsertionPoint;
  runtimeMode: RuntimeMode;
  runtimeModeAt?: Range;
  checkpointing: CheckpointSettings;
  restart?: RestartSettings;
  /**
   * An `external` environment that arrives as a parameter of a method other files of the workspace
   * call: their checkpointing is applied to it, so rules judge the method's sinks and functions as
   * part of those jobs. `origin` names the caller (`OrdersJob.java:23`); `own` is what this file
   * itself does to the environment, which is all the method tells its callers.
   */
  callers?: { origin: string; own: Pick<EnvironmentModel, 'runtimeMode' | 'checkpointing'> };
}

/** Whether rules can tell if the environment checkpoints: it is made here, or its callers were seen. */
export function checkpointingKnown(env: EnvironmentModel): boolean {
  return !env.external || env.callers !== undefined;
}

export interface ArgumentInfo {
  range: Range;
  /** Simple name of an enum-like constant (`EXACTLY_ONCE` for `DeliveryGuarantee.EXACTLY_ONCE`). */
  enumName?: string;
  /** Value of a string literal argument. */
  stringValue?: string;
  /**
   * A local variable that holds one of these enum constants (its declaration picks one by a
   * `switch` or a ternary, and it is never reassigned): where each is written.
   */
  enumChoices?: { name: string; range: Range }[];
  /** The variable's name, with `enumChoices`. */
  variable?: string;
}

/** A factory, constructor or builder call on a connector, e.g. `.setDeliveryGuarantee(DeliveryGuarantee.X)`. */
export interface ConfigCall {
  /** Method name; `new` for a constructor call. */
  method: string;
  /** The method name through the closing parenthesis (or the whole `new ...(...)` expression). */
  range: Range;
  /** Where `.method` starts (the dot), for inserting calls before it. */
  dotPosition?: Position;
  /** Enum-like constants among the arguments, by simple name (`EXACTLY_ONCE`). */
  enumArgs: string[];
  args: ArgumentInfo[];
}

/** The connector object behind a source or a sink, when it was built from a known API. */
export interface ConnectorUse {
  /** Catalog entry id. */
  connectorId: string;
  /** The factory, constructor or method that created it, as written (`KafkaSink.builder`). */
  api: string;
  /** Calls on the builder in order, including the factory and the terminal build call. */
  calls: ConfigCall[];
  /** The expression that produced the connector object (the whole builder chain, or `b.build()`). */
  range: Range;
  /** Start of the terminal `.build` call, where missing setters can be inserted. */
  buildDot?: Position;
  /** Indentation of the terminal call's line when the chain spans lines. */
  buildIndent?: string;
}

export interface CustomSourceClass {
  name: string;
  range: Range;
  /** Source-function base types it extends or implements (`RichSourceFunction`, ...). */
  bases: string[];
  /** Implements CheckpointedFunction or ListCheckpointed. */
  checkpointed: boolean;
  /** Anonymous `new SourceFunction<...>() { ... }`. */
  anonymous: boolean;
  /** The file declaring it, when that is another file of the workspace. */
  uri?: string;
}

/**
 * A plain field of a user function changed while processing records (FLINK011): not part of any
 * checkpoint, so it silently resets on recovery.
 */
export interface FieldStateUse {
  /** The class, or `anonymous <Base>` for an anonymous subclass. */
  className: string;
  /** The Flink function type it extends or implements, e.g. `RichFlatMapFunction`. */
  base: string;
  field: string;
  /** `value` is a Scala `var` of another type. */
  kind: 'map' | 'list' | 'counter' | 'value';
  /** The per-record method that changes it, e.g. `flatMap`, `process_element`. */
  method: string;
  /** The field's name where it is declared (or first assigned, in Python). */
  fieldRange: Range;
  /** The first change inside the per-record method. */
  mutationRange: Range;
  /** The file creates an instance (or it is an anonymous class), so this file's job uses it. */
  instantiated: boolean;
  /**
   * Declared here but created by a job in another file of the workspace: how that job checkpoints,
   * and where it creates the instance (`WordCountJob.java:12`).
   */
  usedBy?: { origin: string; checkpointed: boolean };
  /** A field of an object (Scala) or a static field (Java) that a lambda passed to `operator` changes. */
  closure?: { operator: string };
}

export interface SourceModel {
  id: number;
  envId?: number;
  /** The call that adds the source to the job (method name through closing parenthesis). */
  range: Range;
  /** Display name of that call, e.g. `socketTextStream()`. */
  callName: string;
  /** Catalog entry id, or undefined for custom or unknown sources. */
  connectorId?: string;
  connector?: ConnectorUse;
  custom?: CustomSourceClass;
  /** `.uid(...)` (or `setUidHash`) was set on the source's stream. */
  uid?: boolean;
  /** The source's name (`fromSource(src, wm, "orders")` or `.name("orders")`), for a derived uid. */
  label?: string;
}

export interface SinkModel {
  id: number;
  envId?: number;
  /** Where sink findings go: the builder chain or, for `print()` and friends, the attaching call. */
  range: Range;
  /** The call that attaches it (`sinkTo(...)`, `addSink(...)`, `print()`). */
  attachRange: Range;
  /** Display name, e.g. `print()` or `KafkaSink`. */
  displayName: string;
  connectorId?: string;
  connector?: ConnectorUse;
  /** Sources that feed this sink through the dataflow. */
  sourceIds: number[];
  /** Name of the enclosing class or script, for generated identifiers (transactional id prefix). */
  contextName: string;
}

export interface OperatorModel {
  name: string;
  range: Range;
  envId?: number;
  /** Keeps keyed, window, broadcast or CEP state that savepoints must map back (FLINK004). */
  stateful?: boolean;
  /** The state is operator state its function snapshots itself (`CheckpointedFunction`), not keyed state. */
  operatorState?: boolean;
  /** `.uid(...)` (or `setUidHash`) was set on it. */
  uid?: boolean;
  /** Its `.name("...")`, for a readable derived uid. */
  label?: string;
}

/** A Flink API call kept for version checks (FLINK009): removed or renamed methods. */
export interface ApiCallModel {
  receiver: 'env' | 'checkpointConfig' | 'stream' | 'type';
  name: string;
  range: Range;
  argCount?: number;
}

/** A class or name the file imports (FLINK009 checks it against the classes Flink 2.x removed). */
export interface ImportModel {
  /** Fully qualified: `org.apache.flink.api.common.time.Time`, `pyflink.common.RestartStrategies`. */
  name: string;
  /** The qualified name in a single import (Java, Scala), the imported name in a list (Python, Scala braces). */
  range: Range;
}

/**
 * A method other files can call, and what it does (the workspace index resolves calls to it):
 * the environment or connector it returns and the environments it configures when passed in.
 */
export interface ExportedMember {
  className: string;
  name: string;
  parameterCount: number;
  isStatic: boolean;
  /** The method's name in its file. */
  range: Range;
  returnsEnvId?: number;
  returnsConnector?: ConnectorUse;
  /** A custom source class it returns (`return new TickSource();`), by name. */
  returnsCustomSource?: string;
  /** The stream straight from a source it adds to an environment parameter (`return env.fromSource(...)`). */
  returnsSourceStream?: { envParameter: number; source: SourceModel };
  /** Environment parameters by index, with the id of the environment model standing for each. */
  envParameters: { index: number; envId: number }[];
}

export interface ExecuteModel {
  envId?: number;
  range: Range;
}

/** How to write code in the file's language, for quick fixes. */
export interface LanguageSyntax {
  /** A statement calling `receiver.method(args)` (with `;` where the language needs one). */
  callStatement(receiver: string, method: string, args: string[]): string;
  /** An enum constant reference, e.g. `DeliveryGuarantee.AT_LEAST_ONCE`. */
  enumConstant(type: string, constant: string): string;
  stringLiteral(value: string): string;
  /** A chained call as appended to a builder, e.g. `.setTransactionalIdPrefix("x-")`. */
  chainedCall(method: string, args: string[]): string;
  /** An edit importing a qualified name, or undefined when the file already imports it. */
  importEdit(qualifiedName: string): TextEdit | undefined;
}

export interface JobModel {
  languageId: LanguageId;
  environments: EnvironmentModel[];
  sources: SourceModel[];
  sinks: SinkModel[];
  operators: OperatorModel[];
  executions: ExecuteModel[];
  customSourceClasses: CustomSourceClass[];
  syntax: LanguageSyntax;
  /** Removed-in-2.x candidates (FLINK009); front ends that do not record calls leave it out. */
  apiCalls?: ApiCallModel[];
  /** What the file imports (FLINK009); front ends without an import scan leave it out. */
  imports?: ImportModel[];
  /** Top-level and nested classes (or objects) this file declares, for the workspace index. */
  declaredClasses?: string[];
  /** Methods other files may call, for the workspace index. */
  exports?: ExportedMember[];
  /** Keys of Configuration entries applied to an environment (FLINK010 checks their spelling). */
  configKeys?: { key: string; range: Range; keyIsLiteral: boolean }[];
  /** Classes this file declares whose code obtains keyed state (`getRuntimeContext().getState`), for the workspace index. */
  keyedStateClasses?: string[];
  /** Classes this file declares that keep operator state (`CheckpointedFunction`), for the workspace index. */
  operatorStateClasses?: string[];
  /** Plain fields user functions change per record (FLINK011). */
  fieldStates?: FieldStateUse[];
  /**
   * Environments this file passes to methods declared in other files (`Helper.build(env)`), by the
   * method's workspace key and parameter index, for the workspace index: the method's file learns
   * how its callers checkpoint.
   */
  envArguments?: { member: string; index: number; envId: number; at: Range }[];
  /** Classes declared in other files that this file creates (`new CountWords()`), for the workspace index. */
  instantiatedClasses?: { name: string; at: Range }[];
}

export function emptyJobModel(languageId: LanguageId, syntax: LanguageSyntax): JobModel {
  return { languageId, environments: [], sources: [], sinks: [], operators: [], executions: [], customSourceClasses: [], syntax };
}

/**
 * Strength order used for "weakest link wins". A link chosen at run time ranks just below
 * exactly-once: a link known to be weaker still names the job's weakness, and otherwise the job's
 * guarantee is unknown, not exactly-once.
 */
export const guaranteeRank: Record<GuaranteeOrUnknown, number> = {
  none: 0,
  'at-most-once': 1,
  'at-least-once': 2,
  unknown: 2.5,
  'exactly-once': 3,
};
