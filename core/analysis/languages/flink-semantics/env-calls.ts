// What a call on the execution environment does, once for Java, Scala and PyFlink: creating one
// (`getExecutionEnvironment`), checkpointing, the state backend, restart strategies, the runtime mode,
// a Configuration, sources and executes. Front ends read the call into a `FlinkCall` and use the
// result as their own value (its shapes are theirs too).
import type { Catalog } from '../../catalog/catalog.js';
import type { EnvironmentModel, RuntimeMode } from '../../model.js';
import type { Range } from '../../types.js';
import { isTrackedApi } from '../../version/removed-apis.js';
import { connectorUse, type ModelBuilder } from '../model-builder.js';
import type { ArgumentValue, FlinkCall } from './argument-reader.js';
import type { FlinkValue } from './flink-values.js';
import { constructedLocation } from './checkpoint-storage.js';
import { restartStrategyOf } from './restart-strategies.js';

/** What the evaluators carry: the model being built and the connector catalog. */
export interface FlinkContext {
  readonly builder: ModelBuilder;
  readonly catalog: Catalog;
}

export type EnvCallResult = Extract<FlinkValue, { kind: 'env' | 'checkpointConfig' | 'stream' | 'unknown' }>;

const UNKNOWN: EnvCallResult = { kind: 'unknown' };
const ENV_TYPES = new Set(['StreamExecutionEnvironment', 'ExecutionEnvironment']);
const ENV_FACTORIES = new Set(['getExecutionEnvironment', 'createLocalEnvironment', 'createLocalEnvironmentWithWebUI', 'createRemoteEnvironment']);
/** Flink's default when `enableCheckpointing()` is given no interval. */
const DEFAULT_INTERVAL_MS = 500;

/** `StreamExecutionEnvironment.getExecutionEnvironment(...)` and the other factories; `name` in camelCase. */
export function isEnvironmentFactory(typeName: string, name: string): boolean {
  return ENV_TYPES.has(typeName) && ENV_FACTORIES.has(name);
}

/** The environment an environment factory creates, with the Configuration it is given. */
export function createEnvironment(ctx: FlinkContext, typeName: string, call: FlinkCall, range: Range): EnvironmentModel {
  const mode: RuntimeMode = typeName === 'ExecutionEnvironment' ? 'batch' : 'streaming';
  const env = ctx.builder.createEnvironment(range, `${typeName}.${call.rawName}`, mode);
  for (const value of call.args.values()) if (value.kind === 'configuration') ctx.builder.applyConfiguration(env, value.conf.entries);
  return env;
}

export function envCall(ctx: FlinkContext, env: EnvironmentModel, call: FlinkCall): EnvCallResult {
  const { at, args } = call;
  const b = ctx.builder;
  if (isTrackedApi('env', call.rawName)) b.apiCall({ receiver: 'env', name: call.rawName, range: at, argCount: args.count });
  switch (call.name) {
    case 'setRestartStrategy': {
      const restart = restartStrategyOf(args.call(0, 'restart_strategy_configuration'));
      if (restart) b.setRestart(env, { ...restart, at });
      return { kind: 'env', env };
    }
    case 'enableCheckpointing': {
      b.enableCheckpointing(env, at, 'enableCheckpointing', args.count === 0 ? DEFAULT_INTERVAL_MS : args.number(0, 'interval'));
      const mode = args.enumName(1, 'mode');
      if (mode) b.setCheckpointMode(env, mode, at);
      return { kind: 'env', env };
    }
    case 'getCheckpointConfig':
      return { kind: 'checkpointConfig', env };
    case 'setStateBackend': {
      const location = constructedLocation(args.call(0, 'state_backend'));
      if (location !== undefined) {
        b.setStorage(env, location, at, true);
        b.checkpointCall(env, { range: at, kind: 'other', effect: `stores checkpoints in ${location}` });
      }
      return { kind: 'env', env };
    }
    case 'setRuntimeMode': {
      const mode = args.enumName(0, 'execution_mode');
      if (mode) b.setRuntimeMode(env, mode, at);
      return { kind: 'env', env };
    }
    case 'configure': {
      const conf = args.value(0, 'configuration');
      if (conf?.kind === 'configuration') b.applyConfiguration(env, conf.conf.entries);
      return UNKNOWN;
    }
    case 'execute':
    case 'executeAsync':
      b.addExecute(at, env.id);
      return UNKNOWN;
    case 'fromSource':
      return labelled(addSource(ctx, env, call, args.value(0, 'source')), args.string(2, 'source_name'));
    case 'addSource':
      return addSource(ctx, env, call, args.value(0, 'source_func'));
    case 'createInput':
      return addSource(ctx, env, call, args.value(0, 'input_format'));
    default: {
      const entry = ctx.catalog.envMethod(call.languageId, call.rawName);
      if (entry) {
        const source = b.addSource({ envId: env.id, range: at, callName: `${call.rawName}()`, connectorId: entry.id, connector: connectorUse(entry, call.rawName, [call.configCall()], at) });
        return { kind: 'stream', stream: { envId: env.id, sourceIds: [source.id], source } };
      }
      // Setters return the environment; anything else (`getConfig()`, `fromElements` of nothing known) is unknown.
      return /^(set|enable|disable|register)/.test(call.name) ? { kind: 'env', env } : UNKNOWN;
    }
  }
}

/** A source from a custom function, a catalog connector or something unknown (still a source). */
function addSource(ctx: FlinkContext, env: EnvironmentModel, call: FlinkCall, value: ArgumentValue | undefined): EnvCallResult {
  const base = { envId: env.id, range: call.at, callName: `${call.rawName}()` };
  let source;
  if (value?.kind === 'customSource') {
    ctx.builder.addCustomSourceClass(value.cls);
    source = ctx.builder.addSource({ ...base, custom: value.cls });
  } else if (value?.kind === 'connector' && value.state.entry.role === 'source') {
    const { entry, api, calls } = value.state;
    source = ctx.builder.addSource({ ...base, connectorId: entry.id, connector: connectorUse(entry, api, calls, value.range, value.built) });
  } else {
    source = ctx.builder.addSource(base);
  }
  return { kind: 'stream', stream: { envId: env.id, sourceIds: [source.id], source } };
}

/** `fromSource(source, watermarks, "orders")`: the name the job gives its source. */
function labelled(result: EnvCallResult, label: string | undefined): EnvCallResult {
  if (label && result.kind === 'stream' && result.stream.source) result.stream.source.label ??= label;
  return result;
}
