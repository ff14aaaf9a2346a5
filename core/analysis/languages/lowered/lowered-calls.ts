// What a Python or Scala call does to the job model, by the kind of its receiver: environment,
// checkpoint config, Configuration, stream, connector builder, or a type (static factories,
// constructors, same-file functions); table environments are in lowered-table-calls.ts. What the
// Flink API means is written once in ../flink-semantics/ and ../stream-calls.ts (lowered-arguments.ts
// reads a call for it). PyFlink's snake_case names are compared in camelCase; catalog lookups use the
// name as written, per language.
import { applyStreamCall } from '../stream-calls.js';
import { mergeStreams } from '../stream-stages.js';
import { isTrackedApi } from '../../version/removed-apis.js';
import { createEnvironment, envCall, isEnvironmentFactory } from '../flink-semantics/env-calls.js';
import { checkpointConfigCall } from '../flink-semantics/checkpoint-config-calls.js';
import { configurationCall } from '../flink-semantics/configuration-calls.js';
import { LoweredCall } from './lowered-arguments.js';
import { optionCall } from '../sql-tables.js';
import { connectorUse } from '../model-builder.js';
import { applyMemberAtCallSite } from '../../cross-file/apply-member.js';
import type { Argument, Expr } from './lowered-ast.js';
import type { Frame, LoweredEvaluator } from './lowered-evaluator.js';
import { configCallOf, callRange, stringValue } from './lowered-literals.js';
import { type Args, type CallExpr, type CallSite, type MemberExpr, argExpr, argsOf } from './lowered-args.js';
import { attachTable, createTableEnv, tableConfigCall, tableEnvCall } from './lowered-table-calls.js';
import type { StreamState, Value } from './lowered-values.js';
import { UNKNOWN, camelCase, lastSegment } from './lowered-values.js';

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
      return envCall(ev, receiver.env, new LoweredCall(ev, site, args.exprs, args));
    case 'checkpointConfig':
      // PyFlink's CheckpointConfig setters return the config (Scala's return nothing the chain goes on with).
      checkpointConfigCall(ev, receiver.env, new LoweredCall(ev, site, args.exprs, args));
      return receiver;
    case 'configuration':
      return configurationCall(ev.builder, receiver.conf, new LoweredCall(ev, site, args.exprs, args)) ? receiver : UNKNOWN;
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
  if (isEnvironmentFactory(simple, name)) return { kind: 'env', env: createEnvironment(ev, simple, new LoweredCall(ev, site, args.exprs, args), site.range) };
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
  if (result.source) return { kind: 'stream', stream: { envId: result.source.envId!, sourceIds: [result.source.id], source: result.source } };
  if (result.customSource) return { kind: 'customSource', cls: result.customSource, range: site.range };
  if (result.connector) {
    const entry = ev.catalog.get(result.connector.connectorId);
    if (entry) return { kind: 'connector', state: { entry, api: result.connector.api, calls: result.connector.calls }, range: site.range, built: {} };
  }
  return streamPassThrough(args.all);
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
