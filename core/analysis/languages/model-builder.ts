// Builds a JobModel step by step. Shared by every front end: how a configuration key or a checkpoint
// call changes an environment is Flink semantics, not syntax of one language.
import type { ConnectorEntry } from '../catalog/catalog.js';
import { formatDuration } from '../format-duration.js';
import type {
  ApiCallModel, CheckpointCall, ConnectorUse, CustomSourceClass, EnvironmentModel, JobModel, LanguageSyntax, OperatorModel, RestartSettings, RuntimeMode, SinkModel, SourceModel,
} from '../model.js';
import { restartFromConfig, RESTART_KEYS, STORAGE_KEYS } from '../config/restart-and-storage.js';
import { emptyJobModel } from '../model.js';
import type { LanguageId, Range } from '../types.js';

/** One `key = value` of a Flink Configuration object (or SQL SET, or a Python config call). */
export interface ConfigEntry {
  key: string;
  range: Range;
  /** The key's string literal, when the key is written as one (FLINK010 fixes replace it). */
  keyRange?: Range;
  stringValue?: string;
  enumName?: string;
  ms?: number;
}

export const CHECKPOINT_INTERVAL_KEY = 'execution.checkpointing.interval';
export const CHECKPOINT_MODE_KEY = 'execution.checkpointing.mode';
const CHECKPOINT_TIMEOUT_KEY = 'execution.checkpointing.timeout';
const RETENTION_KEY = 'execution.checkpointing.externalized-checkpoint-retention';
export const RUNTIME_MODE_KEY = 'execution.runtime-mode';

/** Typed ConfigOption constants (`CheckpointingOptions.CHECKPOINTING_INTERVAL`) → their string keys. */
const OPTION_KEYS: Record<string, string> = {
  CHECKPOINTING_INTERVAL: CHECKPOINT_INTERVAL_KEY,
  CHECKPOINTING_MODE: CHECKPOINT_MODE_KEY,
  CHECKPOINTING_CONSISTENCY_MODE: CHECKPOINT_MODE_KEY,
  CHECKPOINTING_TIMEOUT: CHECKPOINT_TIMEOUT_KEY,
  EXTERNALIZED_CHECKPOINT: RETENTION_KEY,
  EXTERNALIZED_CHECKPOINT_RETENTION: RETENTION_KEY,
  RUNTIME_MODE: RUNTIME_MODE_KEY,
  RESTART_STRATEGY: 'restart-strategy.type',
  RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS: 'restart-strategy.fixed-delay.attempts',
  CHECKPOINTS_DIRECTORY: 'execution.checkpointing.dir',
};
const OPTION_HOLDERS = new Set(['CheckpointingOptions', 'ExecutionCheckpointingOptions', 'ExecutionOptions', 'RestartStrategyOptions']);

/** `CheckpointingOptions.CHECKPOINTING_INTERVAL` or a statically imported `CHECKPOINTING_INTERVAL`. */
export function configKeyForOption(holder: string | undefined, field: string): string | undefined {
  if (holder !== undefined && !OPTION_HOLDERS.has(holder)) return undefined;
  return OPTION_KEYS[field];
}

function normalizeEnum(value: string): string {
  return value.trim().toUpperCase().replace(/-/g, '_');
}

function rangeKey(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/**
 * Front ends may evaluate the same code more than once (a helper on its own and again at each call
 * site), so every element is keyed by where it is in the file: the same place is the same element,
 * and what each evaluation learns about it is merged.
 */
export class ModelBuilder {
  readonly model: JobModel;
  private nextId = 1;
  private readonly environmentsAt = new Map<string, EnvironmentModel>();
  private readonly sourcesAt = new Map<string, SourceModel>();
  private readonly sinksAt = new Map<string, SinkModel>();
  private readonly operatorsAt = new Map<string, OperatorModel>();
  private readonly seen = new Set<string>();

  constructor(languageId: LanguageId, syntax: LanguageSyntax) {
    this.model = emptyJobModel(languageId, syntax);
  }

  createEnvironment(creation: Range, creationApi: string, runtimeMode: RuntimeMode): EnvironmentModel {
    const key = rangeKey(creation);
    const existing = this.environmentsAt.get(key);
    if (existing) return existing;
    const env: EnvironmentModel = {
      id: this.nextId++,
      creation,
      creationApi,
      runtimeMode,
      checkpointing: { enabled: false, mode: 'exactly-once', calls: [] },
    };
    this.model.environments.push(env);
    this.environmentsAt.set(key, env);
    return env;
  }

  /**
   * Two environments of which only one exists at run time (the branches of a conditional): the
   * other is dropped from the model, so it is not reported as a second job that never checkpoints.
   */
  sameEnvironment(kept: EnvironmentModel, alternative: EnvironmentModel): void {
    if (kept === alternative) return;
    const index = this.model.environments.indexOf(alternative);
    if (index >= 0) this.model.environments.splice(index, 1);
    this.environmentsAt.set(rangeKey(alternative.creation), kept);
  }

  /** An environment that arrives from outside the file, keyed by where it arrives (parameter, local). */
  externalEnvironment(at: Range, api: string): EnvironmentModel {
    const env = this.createEnvironment(at, api, 'streaming');
    env.external = true;
    return env;
  }

  /** Prefers an environment created in this file over one that arrives from outside. */
  private betterEnv(current: number | undefined, candidate: number | undefined): number | undefined {
    if (candidate === undefined) return current;
    if (current === undefined) return candidate;
    const isExternal = (id: number) => this.model.environments.find((e) => e.id === id)?.external === true;
    return isExternal(current) && !isExternal(candidate) ? candidate : current;
  }

  enableCheckpointing(env: EnvironmentModel, at: Range, via: 'enableCheckpointing' | 'setCheckpointInterval' | 'configuration', intervalMs?: number): void {
    const cp = env.checkpointing;
    cp.enabled = true;
    cp.enabledAt = at;
    cp.enabledVia = via;
    if (intervalMs !== undefined) cp.intervalMs = intervalMs;
    const every = intervalMs !== undefined ? ` every ${formatDuration(intervalMs)}` : '';
    this.checkpointCall(env, { range: at, kind: 'enable', effect: `enables checkpointing${every}` });
  }

  /** `getCheckpointConfig().disableCheckpointing()`: whatever enabled checkpointing before is undone. */
  disableCheckpointing(env: EnvironmentModel, at: Range): void {
    const cp = env.checkpointing;
    cp.enabled = false;
    cp.disabledAt = at;
    this.checkpointCall(env, { range: at, kind: 'other', effect: 'disables checkpointing' });
  }

  /** `EXACTLY_ONCE` / `AT_LEAST_ONCE` in any spelling; other values are ignored. */
  setCheckpointMode(env: EnvironmentModel, value: string, at: Range): void {
    const normalized = normalizeEnum(value);
    if (normalized !== 'EXACTLY_ONCE' && normalized !== 'AT_LEAST_ONCE') return;
    env.checkpointing.mode = normalized === 'EXACTLY_ONCE' ? 'exactly-once' : 'at-least-once';
    env.checkpointing.modeAt = at;
    this.checkpointCall(env, { range: at, kind: 'mode', effect: `sets the checkpointing mode to ${normalized}` });
  }

  setCheckpointTimeout(env: EnvironmentModel, ms: number | undefined, at: Range): void {
    if (ms !== undefined) env.checkpointing.timeoutMs = ms;
    this.checkpointCall(env, { range: at, kind: 'timeout', effect: ms !== undefined ? `sets the checkpoint timeout to ${formatDuration(ms)}` : 'sets the checkpoint timeout' });
  }

  setRetention(env: EnvironmentModel, value: string | undefined, at: Range): void {
    if (value) env.checkpointing.retention = normalizeEnum(value);
    env.checkpointing.retentionAt = at;
    this.checkpointCall(env, { range: at, kind: 'retention', effect: value ? `keeps externalized checkpoints: ${normalizeEnum(value)}` : 'configures externalized checkpoints' });
  }

  checkpointCall(env: EnvironmentModel, call: CheckpointCall): void {
    if (this.once(`cp|${env.id}|${rangeKey(call.range)}|${call.effect}`)) env.checkpointing.calls.push(call);
  }

  setRuntimeMode(env: EnvironmentModel, value: string, at: Range): void {
    const normalized = normalizeEnum(value);
    const mode: RuntimeMode | undefined =
      normalized === 'BATCH' ? 'batch' : normalized === 'STREAMING' ? 'streaming' : normalized === 'AUTOMATIC' ? 'automatic' : undefined;
    if (!mode) return;
    env.runtimeMode = mode;
    env.runtimeModeAt = at;
  }

  /** Applies a Configuration passed to `getExecutionEnvironment(conf)` or `env.configure(conf)`. */
  applyConfiguration(env: EnvironmentModel, entries: readonly ConfigEntry[]): void {
    for (const entry of entries) {
      const text = entry.stringValue ?? entry.enumName;
      const keyAt = entry.keyRange ?? entry.range;
      if (this.once(`key|${entry.key}|${rangeKey(keyAt)}`)) (this.model.configKeys ??= []).push({ key: entry.key, range: keyAt, keyIsLiteral: entry.keyRange !== undefined });
      switch (entry.key) {
        case CHECKPOINT_INTERVAL_KEY:
          if (entry.ms === undefined || entry.ms > 0) this.enableCheckpointing(env, entry.range, 'configuration', entry.ms);
          break;
        case CHECKPOINT_MODE_KEY:
          if (text) this.setCheckpointMode(env, text, entry.range);
          break;
        case CHECKPOINT_TIMEOUT_KEY:
          this.setCheckpointTimeout(env, entry.ms, entry.range);
          break;
        case RETENTION_KEY:
          this.setRetention(env, text, entry.range);
          break;
        case RUNTIME_MODE_KEY:
          if (text) this.setRuntimeMode(env, text, entry.range);
          break;
        default:
          if (RESTART_KEYS.has(entry.key)) {
            const restart = restartFromConfig(env.restart, entry.key, text ?? (entry.ms !== undefined ? String(entry.ms) : undefined));
            this.setRestart(env, { ...restart, at: entry.range });
          } else if (STORAGE_KEYS.has(entry.key) && entry.stringValue) {
            this.setStorage(env, entry.stringValue, entry.range);
          }
          break;
      }
    }
  }

  /** The restart strategy chosen in code (`setRestartStrategy`, a Configuration entry). */
  setRestart(env: EnvironmentModel, restart: RestartSettings): void {
    env.restart = restart;
  }

  /** A durable checkpoint location chosen in code; `jobmanager` (memory) is not one. */
  setStorage(env: EnvironmentModel, location: string, at: Range, legacyBackend = false): void {
    if (location.trim().toLowerCase() === 'jobmanager') return;
    env.checkpointing.storage = legacyBackend ? { location, at, legacyBackend } : { location, at };
  }

  /** Records a Flink API call for version checks, once per place. */
  apiCall(call: ApiCallModel): void {
    if (!this.once(`api|${call.name}|${rangeKey(call.range)}`)) return;
    (this.model.apiCalls ??= []).push(call);
  }

  addSource(source: Omit<SourceModel, 'id'>): SourceModel {
    const key = rangeKey(source.range);
    const existing = this.sourcesAt.get(key);
    if (existing) {
      const envId = this.betterEnv(existing.envId, source.envId);
      if (envId !== undefined) existing.envId = envId;
      return existing;
    }
    const model: SourceModel = { id: this.nextId++, ...source };
    this.model.sources.push(model);
    this.sourcesAt.set(key, model);
    return model;
  }

  addSink(sink: Omit<SinkModel, 'id'>): SinkModel {
    const key = `${rangeKey(sink.range)}|${rangeKey(sink.attachRange)}`;
    const existing = this.sinksAt.get(key);
    if (existing) {
      const envId = this.betterEnv(existing.envId, sink.envId);
      if (envId !== undefined) existing.envId = envId;
      for (const id of sink.sourceIds) if (!existing.sourceIds.includes(id)) existing.sourceIds.push(id);
      return existing;
    }
    const model: SinkModel = { id: this.nextId++, ...sink, sourceIds: [...sink.sourceIds] };
    this.model.sinks.push(model);
    this.sinksAt.set(key, model);
    return model;
  }

  private once(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  addCustomSourceClass(cls: CustomSourceClass): void {
    if (!this.model.customSourceClasses.includes(cls)) this.model.customSourceClasses.push(cls);
  }

  /** The operator at `range`, created on first sight (evaluations of the same code merge). */
  addOperator(name: string, range: Range, envId?: number): OperatorModel {
    const key = rangeKey(range);
    const existing = this.operatorsAt.get(key);
    if (existing) {
      if (existing.envId === undefined && envId !== undefined) existing.envId = envId;
      return existing;
    }
    const operator: OperatorModel = envId === undefined ? { name, range } : { name, range, envId };
    this.model.operators.push(operator);
    this.operatorsAt.set(key, operator);
    return operator;
  }

  addExecute(range: Range, envId?: number): void {
    const existing = this.model.executions.find((e) => rangeKey(e.range) === rangeKey(range));
    if (existing) {
      const better = this.betterEnv(existing.envId, envId);
      if (better !== undefined) existing.envId = better;
      return;
    }
    this.model.executions.push(envId === undefined ? { range } : { range, envId });
  }
}

/** Describes the connector object for the model; `calls` stays shared with the builder state. */
export function connectorUse(entry: ConnectorEntry, api: string, calls: ConnectorUse['calls'], range: Range, built?: { dot?: ConnectorUse['buildDot']; indent?: string }): ConnectorUse {
  const use: ConnectorUse = { connectorId: entry.id, api, calls, range };
  if (built?.dot) use.buildDot = built.dot;
  if (built?.indent !== undefined) use.buildIndent = built.indent;
  return use;
}
