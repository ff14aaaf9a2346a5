// What a Python or Scala call does to the job model, by the kind of its receiver: environment,
// checkpoint config, Configuration, stream, connector builder, or a type (static factories,
// constructors, same-file functions); table environments are in lowered-table-calls.ts, restart
// strategies in lowered-restart.ts and argument reading in lowered-args.ts. PyFlink's snake_case names are compared in camelCase;
// catalog lookups use the name as written, per language.
import { applyStreamCall } from '../stream-calls.js';
import { mergeStreams } from '../stream-stages.js';
import type { EnvironmentModel } from '../../model.js';
import { isTrackedApi } from '../../version/removed-apis.js';
import type { Range } from '../../types.js';
import { CHECKPOINT_PATH_KEYWORDS, checkpointLocationOf } from '../flink-semantics/checkpoint-storage.js';
import { optionCall } from '../sql-tables.js';
import { connectorUse } from '../model-builder.js';
import { applyMemberAtCallSite } from '../../cross-file/apply-member.js';
import type { Argument, Expr } from './lowered-ast.js';
import type { Frame, LoweredEvaluator } from './lowered-evaluator.js';
import { configCallOf, configEntry, callRange, enumName, numberValue, stringValue } from './lowered-literals.js';
import { type Args, type CallExpr, type CallSite, type MemberExpr, argExpr, argsOf, configKey } from './lowered-args.js';
import { restartFromCode } from './lowered-restart.js';
import { attachTable, createTableEnv, tableConfigCall, tableEnvCall } from './lowered-table-calls.js';
import type { StreamState, Value } from './lowered-values.js';
import { UNKNOWN, camelCase, lastSegment } from './lowered-values.js';

const ENV_TYPES = new Set(['StreamExecutionEnvironment', 'ExecutionEnvironment']);
const ENV_FACTORIES = new Set(['getExecutionEnvironment', 'createLocalEnvironment', 'createLocalEnvironmentWithWebUI', 'createRemoteEnvironment']);
const TABLE_ENV_TYPES = new Set(['StreamTableEnvironment', 'TableEnvironment']);
/** PyFlink wrappers around a Java object: `SourceFunction(j_obj)`, `Source(j_obj)`. */
const WRAPPERS = new Set(['SourceFunction', 'SinkFunction', 'Source', 'Sink']);
const SOURCE_BASES = new Set(['SourceFunction', 'RichSourceFunction', 'ParallelSourceFunction', 'RichParallelSourceFunction']);
const CHECKPOINTED = new Set(['CheckpointedFunction', 'ListCheckpointed']);
const NO_ARGS: Args = { exprs: [], positional: [], keywords: new Map(), all: [] };

/** One call; `evaluatedReceiver` is its receiver's value when the chain walk already has it. */
export function dispatchCall(ev: LoweredEvaluator, call: CallExpr, frame: Frame, evaluatedReceiver?: Value): Value {
  const callee = call.callee;
  if (callee.kind === 'member') {
    const receiver = evaluatedReceiver ?? ev.evalExpr(callee.object, frame);
    return methodCall(ev, call, receiver, callee.name, argsOf(ev, call.args, frame), frame);
  }
  if (callee.kind === 'name') return nameCall(ev, call, callee.name, argsOf(ev, call.args, frame), frame);
  ev.evalExpr(callee, frame);
  return streamPassThrough(argsOf(ev, call.args, frame).all);
}

/** Scala's `env.getCheckpointConfig`, `ds.print`, `StreamExecutionEnvironment.getExecutionEnvironment`. */
export function memberAsCall(ev: LoweredEvaluator, member: MemberExpr, receiver: Value, frame: Frame): Value {
  return methodCall(ev, member, receiver, member.name, NO_ARGS, frame);
}

export function dispatchConstruction(
  ev: LoweredEvaluator, site: Expr, typeName: string, args: { all: Value[] }, frame: Frame, exprs: Argument[] = site.kind === 'new' ? site.args : [],
): Value {
  void frame;
  const simple = lastSegment(typeName);
  if (site.kind === 'new' && site.anonymousBases) {
    const bases = site.anonymousBases.map(lastSegment);
    if (!bases.some((b) => SOURCE_BASES.has(b))) return UNKNOWN;
    const cls = { name: simple, range: site.range, bases: bases.filter((b) => SOURCE_BASES.has(b)), checkpointed: bases.some((b) => CHECKPOINTED.has(b)), anonymous: true };
    return { kind: 'customSource', cls, range: site.range };
  }
  if (simple === 'Configuration') return { kind: 'configuration', conf: { entries: [] } };
  const custom = ev.index.customSources.get(simple) ?? ev.workspace?.customSource(simple);
  if (custom) return { kind: 'customSource', cls: custom, range: site.range };
  if (WRAPPERS.has(simple)) {
    const wrapped = args.all.find((v) => v.kind === 'connector' || v.kind === 'customSource');
    if (wrapped) return wrapped;
  }
  const entry = ev.catalog.constructorOf(ev.languageId, typeName) ?? ev.catalog.constructorOf(ev.languageId, simple);
  if (!entry) return UNKNOWN;
  return { kind: 'connector', state: { entry, api: site.kind === 'new' ? `new ${simple}` : simple, calls: [configCallOf(site, 'new', exprs)] }, range: site.range };
}

function nameCall(ev: LoweredEvaluator, call: CallExpr, name: string, args: Args, frame: Frame): Value {
  const method = /^(self|this)\.(.+)$/.exec(name);
  if (method) return ev.inlineFunction(frame.container, method[2]!, args.positional, args.keywords) ?? streamPassThrough(args.all);
  const bound = frame.scope.lookup(name);
  if (bound?.kind === 'type') return dispatchConstruction(ev, call, bound.name, args, frame, args.exprs);
  if (!bound) {
    const inlined = ev.inlineFunction(frame.container, name, args.positional, args.keywords) ?? ev.inlineFunction('', name, args.positional, args.keywords);
    if (inlined) return inlined;
    const looked = ev.lookupName(name, frame);
    if (looked.kind === 'type') return dispatchConstruction(ev, call, looked.name, args, frame, args.exprs);
    // `from flink_setup import create_env`: a function of another module of the workspace.
    const imported = ev.index.importedNames?.get(name);
    const resolved = imported ? workspaceMember(ev, call, imported.module, imported.name, args) : undefined;
    if (resolved) return resolved;
  }
  return streamPassThrough(args.all);
}

function methodCall(ev: LoweredEvaluator, site: CallSite, receiver: Value, rawName: string, args: Args, frame: Frame): Value {
  const name = camelCase(rawName);
  switch (receiver.kind) {
    case 'type':
      return typeCall(ev, site, receiver.name, rawName, args, frame);
    case 'env':
      return envCall(ev, site, receiver.env, rawName, args);
    case 'checkpointConfig':
      checkpointConfigCall(ev, site, receiver.env, rawName, args);
      return receiver;
    case 'configuration':
      return configurationCall(ev, site, receiver, name, args) ? receiver : UNKNOWN;
    case 'tableEnv':
      return tableEnvCall(ev, site, receiver.env, name, args, frame);
    case 'tableConfig':
      return tableConfigCall(ev, site, receiver.env, name, args);
    case 'table':
      if (name === 'executeInsert' || name === 'insertInto') attachTable(ev, receiver.env, argExpr(args, 0), args.all[0], callRange(site), frame);
      if (name === 'executeInsert' || name === 'execute') {
        ev.builder.addExecute(callRange(site), receiver.env.id);
        return UNKNOWN;
      }
      return receiver;
    case 'settings':
      if (name === 'inBatchMode') return { kind: 'settings', mode: 'batch', at: callRange(site), ...(receiver.conf ? { conf: receiver.conf } : {}) };
      if (name === 'inStreamingMode') return { kind: 'settings', mode: 'streaming', at: callRange(site), ...(receiver.conf ? { conf: receiver.conf } : {}) };
      if (name === 'withConfiguration' && args.all[0]?.kind === 'configuration') return { ...receiver, conf: args.all[0].conf };
      return receiver;
    case 'stream':
      return streamCall(ev, site, receiver.stream, rawName, args, frame);
    case 'connector':
      return connectorCall(ev, site, receiver, rawName, args);
    case 'module':
    case 'unknown': {
      // `flink_setup.create_env()`: a function of another module of the workspace.
      const resolved = receiver.kind === 'module' ? workspaceMember(ev, site, lastSegment(receiver.name), rawName, args) : undefined;
      if (resolved) return resolved;
      // `gateway.jvm.org.apache...SocketTextStreamFunction(...)`: a constructor reached through a package.
      return /^[A-Z]/.test(rawName) && site.kind === 'call' ? dispatchConstruction(ev, site, rawName, args, frame, args.exprs) : streamPassThrough(args.all);
    }
    default:
      return streamPassThrough(args.all);
  }
}

function typeCall(ev: LoweredEvaluator, site: CallSite, typeName: string, rawName: string, args: Args, frame: Frame): Value {
  const simple = lastSegment(typeName);
  const name = camelCase(rawName);
  const b = ev.builder;
  if (ENV_TYPES.has(simple) && ENV_FACTORIES.has(name)) {
    const env = b.createEnvironment(site.range, `${simple}.${rawName}`, simple === 'ExecutionEnvironment' ? 'batch' : 'streaming');
    for (const value of args.all) if (value.kind === 'configuration') b.applyConfiguration(env, value.conf.entries);
    return { kind: 'env', env };
  }
  if (simple === 'EnvironmentSettings') {
    return { kind: 'settings', mode: name === 'inBatchMode' ? 'batch' : 'streaming', at: callRange(site) };
  }
  if (TABLE_ENV_TYPES.has(simple) && name === 'create') return createTableEnv(ev, site, `${simple}.${rawName}`, args);
  if (simple === 'TableDescriptor' && name === 'forConnector') {
    const connector = stringValue(argExpr(args, 0));
    const sqlEntry = connector !== undefined ? ev.catalog.sqlConnector(ev.languageId, connector) : undefined;
    if (sqlEntry) return { kind: 'connector', state: { entry: sqlEntry, api: `TableDescriptor.${rawName}`, calls: [] }, range: site.range };
  }
  const entry = ev.catalog.factory(ev.languageId, simple, rawName);
  if (entry) {
    const state = { entry, api: `${simple}.${rawName}`, calls: [configCallOf(site, rawName, args.exprs)] };
    const attached = entry.streamArgument !== undefined ? args.positional[entry.streamArgument] : undefined;
    if (attached?.kind === 'stream') {
      const range = callRange(site);
      b.addSink({
        ...(attached.stream.envId !== undefined ? { envId: attached.stream.envId } : {}),
        range, attachRange: range, displayName: entry.displayName, connectorId: entry.id,
        connector: connectorUse(entry, state.api, state.calls, range), sourceIds: attached.stream.sourceIds, contextName: frame.contextName,
      });
    }
    return { kind: 'connector', state, range: site.range };
  }
  if (ev.hasContainer(simple)) return ev.inlineFunction(simple, rawName, args.positional, args.keywords) ?? streamPassThrough(args.all);
  return workspaceMember(ev, site, simple, rawName, args) ?? streamPassThrough(args.all);
}

/** `FlinkSetup.createEnvironment()` (a Scala object) or `create_env()` (a Python module) in another file, through the index. */
function workspaceMember(ev: LoweredEvaluator, site: CallSite, className: string, rawName: string, args: Args): Value | undefined {
  const member = ev.workspace?.member(className, rawName, args.all.length);
  if (!member) return undefined;
  const envs = args.positional.map((v) => (v.kind === 'env' ? v.env : undefined));
  const result = applyMemberAtCallSite(ev.builder, member, site.range, `${className}.${rawName}`, envs);
  if (result.env) return { kind: 'env', env: result.env };
  if (result.customSource) return { kind: 'customSource', cls: result.customSource, range: site.range };
  if (result.connector) {
    const entry = ev.catalog.get(result.connector.connectorId);
    if (entry) return { kind: 'connector', state: { entry, api: result.connector.api, calls: result.connector.calls }, range: site.range, built: {} };
  }
  return streamPassThrough(args.all);
}

/** `StreamTableEnvironment.create(env[, settings])` wraps `env`; `TableEnvironment.create(settings)` makes its own. */
function envCall(ev: LoweredEvaluator, site: CallSite, env: EnvironmentModel, rawName: string, args: Args): Value {
  const at = callRange(site);
  const b = ev.builder;
  const name = camelCase(rawName);
  if (isTrackedApi('env', rawName)) b.apiCall({ receiver: 'env', name: rawName, range: at, argCount: args.exprs.length });
  switch (name) {
    case 'setRestartStrategy': {
      const restart = restartFromCode(argExpr(args, 0, 'restart_strategy_configuration'));
      if (restart) b.setRestart(env, { ...restart, at });
      return { kind: 'env', env };
    }
    case 'enableCheckpointing': {
      const interval = argExpr(args, 0, 'interval');
      b.enableCheckpointing(env, at, 'enableCheckpointing', args.exprs.length === 0 ? 500 : numberValue(interval));
      const mode = enumName(argExpr(args, 1, 'mode'));
      if (mode) b.setCheckpointMode(env, mode, at);
      return { kind: 'env', env };
    }
    case 'getCheckpointConfig':
      return { kind: 'checkpointConfig', env };
    case 'setStateBackend': {
      const location = constructedLocation(ev, argExpr(args, 0, 'state_backend'));
      if (location !== undefined) {
        b.setStorage(env, location, at, true);
        b.checkpointCall(env, { range: at, kind: 'other', effect: `stores checkpoints in ${location}` });
      }
      return { kind: 'env', env };
    }
    case 'setRuntimeMode': {
      const mode = enumName(argExpr(args, 0, 'execution_mode'));
      if (mode) b.setRuntimeMode(env, mode, at);
      return { kind: 'env', env };
    }
    case 'configure':
      if (args.all[0]?.kind === 'configuration') b.applyConfiguration(env, args.all[0].conf.entries);
      return UNKNOWN;
    case 'execute':
    case 'executeAsync':
      b.addExecute(at, env.id);
      return UNKNOWN;
    case 'fromSource':
    case 'addSource':
    case 'createInput': {
      const stream = addSourceFrom(ev, env, at, `${rawName}()`, args.all[0]);
      const label = args.exprs[2]?.expr;
      if (label?.kind === 'string' && stream.kind === 'stream' && stream.stream.source) stream.stream.source.label ??= label.value;
      return stream;
    }
    default: {
      const entry = ev.catalog.envMethod(ev.languageId, rawName);
      if (entry) {
        const source = b.addSource({ envId: env.id, range: at, callName: `${rawName}()`, connectorId: entry.id, connector: connectorUse(entry, rawName, [configCallOf(site, rawName, args.exprs)], at) });
        return { kind: 'stream', stream: { envId: env.id, sourceIds: [source.id], source } };
      }
      return /^(set|enable|disable|register)/.test(name) ? { kind: 'env', env } : UNKNOWN;
    }
  }
}

function addSourceFrom(ev: LoweredEvaluator, env: EnvironmentModel, at: Range, callName: string, value: Value | undefined): Value {
  const base = { envId: env.id, range: at, callName };
  let source;
  if (value?.kind === 'customSource') {
    ev.builder.addCustomSourceClass(value.cls);
    source = ev.builder.addSource({ ...base, custom: value.cls });
  } else if (value?.kind === 'connector' && value.state.entry.role === 'source') {
    const { entry, api, calls } = value.state;
    source = ev.builder.addSource({ ...base, connectorId: entry.id, connector: connectorUse(entry, api, calls, value.range, value.built) });
  } else {
    source = ev.builder.addSource(base);
  }
  return { kind: 'stream', stream: { envId: env.id, sourceIds: [source.id], source } };
}

function checkpointConfigCall(ev: LoweredEvaluator, site: CallSite, env: EnvironmentModel, rawName: string, args: Args): void {
  const at = callRange(site);
  const name = camelCase(rawName);
  const b = ev.builder;
  const first = argExpr(args, 0);
  if (isTrackedApi('checkpointConfig', rawName)) b.apiCall({ receiver: 'checkpointConfig', name: rawName, range: at, argCount: args.exprs.length });
  switch (name) {
    case 'setCheckpointStorage':
    case 'setCheckpointStorageDir': {
      const location = stringValue(first) ?? constructedLocation(ev, argExpr(args, 0, 'storage'));
      if (location !== undefined) b.setStorage(env, location, at);
      b.checkpointCall(env, { range: at, kind: 'other', effect: location !== undefined ? `stores checkpoints in ${location}` : 'sets the checkpoint storage' });
      return;
    }
    case 'setCheckpointInterval':
      b.enableCheckpointing(env, at, 'setCheckpointInterval', numberValue(first));
      return;
    case 'disableCheckpointing':
      b.disableCheckpointing(env, at);
      return;
    case 'setCheckpointingMode':
    case 'setCheckpointingConsistencyMode': {
      const mode = enumName(first);
      if (mode) b.setCheckpointMode(env, mode, at);
      return;
    }
    case 'setCheckpointTimeout':
      b.setCheckpointTimeout(env, numberValue(first), at);
      return;
    case 'setExternalizedCheckpointRetention':
    case 'setExternalizedCheckpointCleanup':
    case 'enableExternalizedCheckpoints':
      b.setRetention(env, enumName(first), at);
      return;
    default:
      b.checkpointCall(env, { range: at, kind: 'other', effect: `calls ${rawName}()` });
  }
}

/** The directory of `FsStateBackend("...")` (Python), `new RocksDBStateBackend(path)` (Scala). */
function constructedLocation(ev: LoweredEvaluator, expr: Expr | undefined): string | undefined {
  let className: string | undefined;
  let args: Argument[] = [];
  if (expr?.kind === 'new') {
    className = expr.typeName;
    args = expr.args;
  } else if (expr?.kind === 'call' && (expr.callee.kind === 'name' || expr.callee.kind === 'member')) {
    className = expr.callee.name;
    args = expr.args;
  }
  if (!className) return undefined;
  const first = args.find((a) => a.keyword !== undefined && CHECKPOINT_PATH_KEYWORDS.includes(a.keyword))?.expr ?? args.find((a) => !a.keyword)?.expr;
  const literal = stringValue(first);
  const text = first ? ev.textOf(first.range) : undefined;
  return checkpointLocationOf(lastSegment(className), first && text !== undefined ? { text, ...(literal !== undefined ? { literal } : {}) } : undefined);
}

/** The key of `set("key", v)`, `setString("key", v)` or `set(CheckpointingOptions.X, v)`. */
/** `conf.set_string("key", "value")`, `conf.setString(...)`, `conf.set(KEY, value)`; whether it was a setter. */
function configurationCall(ev: LoweredEvaluator, site: CallSite, conf: Extract<Value, { kind: 'configuration' }>, name: string, args: Args): boolean {
  if (!/^set(String|Long|Integer|Boolean|Float|Double)?$/.test(name) || args.exprs.length < 2) return false;
  const key = configKey(argExpr(args, 0));
  if (key === undefined) return true;
  const entry = configEntry(key, argExpr(args, 1), callRange(site));
  if (conf.conf.env) ev.builder.applyConfiguration(conf.conf.env, [entry]);
  else conf.conf.entries.push(entry);
  return true;
}

function streamCall(ev: LoweredEvaluator, site: CallSite, stream: StreamState, rawName: string, args: Args, frame: Frame): Value {
  const at = callRange(site);
  if (isTrackedApi('stream', rawName)) ev.builder.apiCall({ receiver: 'stream', name: rawName, range: at, argCount: args.exprs.length });
  const connector = args.all[0];
  const first = args.exprs[0]?.expr;
  const firstString = first?.kind === 'string' ? first.value : undefined;
  // Sinks, stateful operators, uids and names mean the same in every front end (stream-calls.ts).
  const result = applyStreamCall(ev.builder, ev.catalog, stream, {
    languageId: ev.languageId, rawName, name: camelCase(rawName), at, contextName: frame.contextName, configCall: () => configCallOf(site, rawName, args.exprs),
    ...(connector?.kind === 'connector' ? { connector: { ...connector.state, range: connector.range, ...(connector.built ? { built: connector.built } : {}) } } : {}),
    others: args.all.flatMap((v) => (v.kind === 'stream' ? [v.stream] : [])), argCount: args.all.length,
    ...(firstString !== undefined ? { firstString } : {}),
  });
  return result.kind === 'none' ? UNKNOWN : result;
}

function connectorCall(ev: LoweredEvaluator, site: CallSite, receiver: Extract<Value, { kind: 'connector' }>, rawName: string, args: Args): Value {
  const key = stringValue(argExpr(args, 0));
  const value = stringValue(argExpr(args, 1));
  // `TableDescriptor...option("sink.delivery-guarantee", "exactly-once")`: read like a setter.
  const call = receiver.state.entry.sql && camelCase(rawName) === 'option' && key !== undefined && value !== undefined
    ? optionCall(key, value, callRange(site))
    : configCallOf(site, rawName, args.exprs);
  receiver.state.calls.push(call);
  if (!camelCase(rawName).startsWith('build')) return { ...receiver, range: site.range };
  const built: { dot?: { line: number; character: number }; indent?: string } = {};
  if (call.dotPosition) {
    built.dot = call.dotPosition;
    const callee = site.kind === 'call' ? site.callee : site;
    // After a backslash continuation a new line would end the statement: insert on the same line.
    const continued = callee.kind === 'member' && callee.continuedLine === true;
    const indent = continued ? undefined : ev.leadingIndent(call.dotPosition.line, call.dotPosition.character);
    if (indent !== undefined) built.indent = indent;
  }
  return { kind: 'connector', state: receiver.state, range: site.range, built };
}

/** A call we do not understand that takes a stream most likely returns a derived stream. */
function streamPassThrough(values: Value[]): Value {
  const streams = values.flatMap((v) => (v.kind === 'stream' ? [v.stream] : []));
  return streams.length > 0 ? { kind: 'stream', stream: mergeStreams(streams) } : UNKNOWN;
}
