// What a front end may ask about the rest of the workspace while it builds one file's model: the
// methods and custom source classes other files declare. Answers are snapshots with no ranges of
// the other file, so nothing in this file's findings or fixes can point into the wrong file.
import type { CheckpointMode, ConfigCall, CustomSourceClass, RestartSettings, RuntimeMode } from '../model.js';

/** What a method in another file leaves an environment with. */
export interface EnvironmentFacts {
  runtimeMode: RuntimeMode;
  checkpointingEnabled: boolean;
  intervalMs?: number;
  /** Set only when the method chose a mode. */
  mode?: CheckpointMode;
  timeoutMs?: number;
  retention?: string;
  storage?: string;
  restart?: Omit<RestartSettings, 'at'>;
}

export interface ResolvedMember {
  /** Its workspace key, `Class.method/argCount` (callers record the environments they pass under it). */
  key: string;
  /** Where it is declared, for hovers: `FlinkSetup.java:12`. */
  origin: string;
  uri: string;
  returnsEnv?: EnvironmentFacts;
  /** The method returns the environment passed as this parameter (after configuring it). */
  returnsParameter?: number;
  /** A connector the method builds and returns (a sink or source helper); call ranges are dropped. */
  returnsConnector?: { connectorId: string; api: string; calls: Omit<ConfigCall, 'range' | 'dotPosition' | 'args'>[] };
  /** A custom source it creates and returns (a source factory); `uri` says where the class is declared. */
  returnsCustomSource?: CustomSourceClass;
  /** The stream of a source it adds to the environment passed as `envParameter`; ranges are dropped. */
  returnsSourceStream?: { envParameter: number; source: ExportedSource };
  /** What it does to environments passed in, by parameter index. */
  configures: { index: number; facts: EnvironmentFacts }[];
}

/** A source another file's helper adds, without its ranges (they point into that file). */
export interface ExportedSource {
  callName: string;
  connector?: { connectorId: string; api: string; calls: Omit<ConfigCall, 'range' | 'dotPosition' | 'args'>[] };
  custom?: CustomSourceClass;
  uid?: boolean;
  label?: string;
}

export interface CrossFileLookup {
  /** Whether another file declares a class of this name (lets front ends skip unrelated code fast). */
  declares(className: string): boolean;
  /** `ClassName.method(...)` with `argCount` arguments declared in another file. */
  member(className: string, name: string, argCount: number): ResolvedMember | undefined;
  /** A custom SourceFunction class declared in another file (its `uri` says which). */
  customSource(className: string): CustomSourceClass | undefined;
  /** Another file declares this function class and it obtains keyed state (FLINK004). */
  usesKeyedState?(className: string): boolean;
  /** Another file declares this function class and it keeps operator state (`CheckpointedFunction`, FLINK004). */
  usesOperatorState?(className: string): boolean;
  /** Environments other files pass to this file's method `key` (`Class.method/argCount`), by parameter index. */
  callersOf?(key: string): CallerEnvironment[];
  /** The jobs of other files that create an instance of this file's class `className` (FLINK011). */
  instantiatorsOf?(className: string): EnvironmentUse[];
}

/** An environment of another file that uses something this file declares, as that file leaves it. */
export interface EnvironmentUse {
  facts: EnvironmentFacts;
  /** Where it is used, for hovers and messages: `OrdersJob.java:23`. */
  origin: string;
}

/** An environment another file passes to a method of this file (parameter `index`). */
export interface CallerEnvironment extends EnvironmentUse {
  index: number;
}
