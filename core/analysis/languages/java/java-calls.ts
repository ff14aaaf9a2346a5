// What a Java call does to the job model, by the kind of its receiver: environment, checkpoint config,
// Configuration, stream, connector builder, or a type (static factories, same-file helpers).
import type { Node } from 'web-tree-sitter';
import type { EnvironmentModel } from '../../model.js';
import { applyMemberAtCallSite } from '../../cross-file/apply-member.js';
import { isTrackedApi } from '../../version/removed-apis.js';
import { restartFromCode } from './java-restart.js';
import { applyStreamCall } from '../stream-calls.js';
import { cepPattern, mergeStreams } from '../stream-stages.js';
import { checkpointLocationOf } from '../checkpoint-storage.js';
import { TABLE_TO_STREAM } from '../sql-tables.js';
import { configKeyForOption, connectorUse } from '../model-builder.js';
import type { ConfigEntry } from '../model-builder.js';
import { anonymousSourceClass, lastSegment } from './java-class-index.js';
import type { Frame, JavaEvaluator } from './java-evaluator.js';
import { argumentNodes, callRangeOf, configCallOf, durationMs, enumName, numberValue, rangeOf, stringValue, typeName } from './java-nodes.js';
import type { ConfState, StreamState, Value } from './java-values.js';
import { UNKNOWN } from './java-values.js';

const ENV_TYPES = new Set(['StreamExecutionEnvironment', 'ExecutionEnvironment']);
const ENV_FACTORIES = new Set(['getExecutionEnvironment', 'createLocalEnvironment', 'createLocalEnvironmentWithWebUI', 'createRemoteEnvironment']);

/**
 * Evaluates `a.b().c()…`: the links of a fluent chain one after another, innermost first, without
 * recursing once per link (a generated chain of thousands of calls overflowed the stack).
 */
export function evalCallChain(ev: JavaEvaluator, node: Node, frame: Frame): Value {
  const links: Node[] = [node];
  for (let object = node.childForFieldName('object'); object?.type === 'method_invocation'; object = object.childForFieldName('object')) {
    links.push(object);
  }
  let value = dispatchCall(ev, links[links.length - 1]!, frame);
  for (let i = links.length - 2; i >= 0; i--) value = dispatchCall(ev, links[i]!, frame, value);
  return value;
}

/** One call; `evaluatedReceiver` is its receiver's value when the caller already has it. */
function dispatchCall(ev: JavaEvaluator, node: Node, frame: Frame, evaluatedReceiver?: Value): Value {
  const name = node.childForFieldName('name')?.text ?? '';
  const object = node.childForFieldName('object');
  if (!object || object.type === 'this') {
    const { values } = ev.evalArguments(node, frame);
    return ev.inlineHelper(frame.cls.name, name, values) ?? outerHelper(ev, frame, name, values) ?? staticallyImported(ev, node, name, values) ?? streamPassThrough(values);
  }
  const receiver = evaluatedReceiver ?? (object.type === 'super' ? UNKNOWN : ev.evalExpr(object, frame));
  const { nodes, values } = ev.evalArguments(node, frame);
  switch (receiver.kind) {
    case 'type':
      return typeCall(ev, node, receiver.name, name, values, frame);
    case 'env':
      return envCall(ev, node, receiver.env, name, nodes, values);
    case 'checkpointConfig':
      checkpointConfigCall(ev, node, receiver.env, name, nodes);
      return UNKNOWN;
    case 'configuration':
      return configurationCall(node, receiver.conf, name, nodes) ? receiver : UNKNOWN;
    case 'tableEnv':
      return TABLE_TO_STREAM.has(name) ? { kind: 'stream', stream: { envId: receiver.env.id, sourceIds: [] } } : UNKNOWN;
    case 'stream':
      return streamCall(ev, node, receiver.stream, name, values, frame);
    case 'instance':
      // `new Job(env, sink).run()`: the method sees the fields its constructor just set.
      return ev.inlineHelper(receiver.className, name, values) ?? streamPassThrough(values);
    case 'connector': {
      const call = configCallOf(node);
      receiver.state.calls.push(call);
      if (!name.startsWith('build')) return { ...receiver, range: rangeOf(node), built: receiver.built };
      const built: { dot?: { line: number; character: number }; indent?: string } = {};
      if (call.dotPosition) {
        built.dot = call.dotPosition;
        const indent = ev.leadingIndent(call.dotPosition.line, call.dotPosition.character);
        if (indent !== undefined) built.indent = indent;
      }
      return { kind: 'connector', state: receiver.state, range: rangeOf(node), built };
    }
    default:
      return streamPassThrough(values);
  }
}

/** A call we do not understand that takes a stream most likely returns a derived stream. */
function streamPassThrough(values: Value[]): Value {
  const streams = values.flatMap((v) => (v.kind === 'stream' ? [v.stream] : []));
  return streams.length > 0 ? { kind: 'stream', stream: mergeStreams(streams) } : UNKNOWN;
}

/** `import static a.b.Consumer.createConsumer;` then `createConsumer(...)`: a helper of another file. */
function staticallyImported(ev: JavaEvaluator, node: Node, name: string, values: Value[]): Value | undefined {
  const qualified = ev.index.imports.qualified.find((q) => q.endsWith(`.${name}`));
  const className = qualified?.split('.').slice(-2, -1)[0];
  return className ? workspaceMember(ev, node, className, name, values) : undefined;
}

/** Helpers of enclosing classes are callable unqualified from nested classes. */
function outerHelper(ev: JavaEvaluator, frame: Frame, name: string, values: Value[]): Value | undefined {
  for (let node = frame.cls.node.parent; node; node = node.parent) {
    if (node.type !== 'class_declaration') continue;
    const outer = node.childForFieldName('name')?.text;
    const result = outer ? ev.inlineHelper(outer, name, values) : undefined;
    if (result) return result;
  }
  return undefined;
}

function typeCall(ev: JavaEvaluator, node: Node, typeName: string, name: string, values: Value[], frame: Frame): Value {
  const simple = lastSegment(typeName);
  if (ENV_TYPES.has(simple) && ENV_FACTORIES.has(name)) {
    const mode = simple === 'ExecutionEnvironment' ? 'batch' : 'streaming';
    const env = ev.builder.createEnvironment(rangeOf(node), `${simple}.${name}`, mode);
    for (const value of values) if (value.kind === 'configuration') ev.builder.applyConfiguration(env, value.conf.entries);
    return { kind: 'env', env };
  }
  if (simple === 'Configuration' && name === 'fromMap') return { kind: 'configuration', conf: { entries: [] } };
  if (simple === 'StreamTableEnvironment' && name === 'create' && values[0]?.kind === 'env') return { kind: 'tableEnv', env: values[0].env };
  const entry = ev.catalog.factory('java', simple, name);
  if (entry) {
    const state = { entry, api: `${simple}.${name}`, calls: [configCallOf(node)] };
    const value: Value = { kind: 'connector', state, range: rangeOf(node) };
    const attached = entry.streamArgument !== undefined ? values[entry.streamArgument] : undefined;
    if (attached?.kind === 'stream') {
      const range = callRangeOf(node);
      ev.builder.addSink({
        ...(attached.stream.envId !== undefined ? { envId: attached.stream.envId } : {}),
        range, attachRange: range, displayName: entry.displayName, connectorId: entry.id,
        connector: connectorUse(entry, state.api, state.calls, range), sourceIds: attached.stream.sourceIds, contextName: frame.cls.name,
      });
    }
    return value;
  }
  if (simple === 'CEP' && name === 'pattern' && values[0]?.kind === 'stream') {
    return { kind: 'stream', stream: cepPattern(values[0].stream) };
  }
  return ev.inlineHelper(simple, name, values) ?? workspaceMember(ev, node, simple, name, values) ?? streamPassThrough(values);
}

/** `Helper.method(...)` declared in another file of the workspace, resolved through the index. */
function workspaceMember(ev: JavaEvaluator, node: Node, className: string, name: string, values: Value[]): Value | undefined {
  const member = ev.workspace?.member(className, name, values.length);
  if (!member) return undefined;
  const envs = values.map((v) => (v.kind === 'env' ? v.env : undefined));
  const result = applyMemberAtCallSite(ev.builder, member, rangeOf(node), `${className}.${name}`, envs);
  if (result.env) return { kind: 'env', env: result.env };
  if (result.source) return { kind: 'stream', stream: { envId: result.source.envId!, sourceIds: [result.source.id], source: result.source } };
  if (result.customSource) return { kind: 'customSource', cls: result.customSource, range: rangeOf(node) };
  if (result.connector) {
    const entry = ev.catalog.get(result.connector.connectorId);
    if (entry) return { kind: 'connector', state: { entry, api: result.connector.api, calls: result.connector.calls }, range: rangeOf(node), built: {} };
  }
  return streamPassThrough(values);
}

function envCall(ev: JavaEvaluator, node: Node, env: EnvironmentModel, name: string, nodes: Node[], values: Value[]): Value {
  const at = callRangeOf(node);
  const b = ev.builder;
  if (isTrackedApi('env', name)) b.apiCall({ receiver: 'env', name, range: at, argCount: nodes.length });
  switch (name) {
    case 'setRestartStrategy': {
      const restart = restartFromCode(nodes[0]);
      if (restart) b.setRestart(env, { ...restart, at });
      return { kind: 'env', env };
    }
    case 'enableCheckpointing': {
      const ms = nodes.length === 0 ? 500 : numberValue(nodes[0]);
      b.enableCheckpointing(env, at, 'enableCheckpointing', ms);
      const mode = nodes[1] ? enumName(nodes[1]) : undefined;
      if (mode) b.setCheckpointMode(env, mode, at);
      return { kind: 'env', env };
    }
    case 'getCheckpointConfig':
      return { kind: 'checkpointConfig', env };
    case 'setStateBackend': {
      const location = constructedLocation(nodes[0]);
      if (location !== undefined) {
        b.setStorage(env, location, at, true);
        b.checkpointCall(env, { range: at, kind: 'other', effect: `stores checkpoints in ${location}` });
      }
      return { kind: 'env', env };
    }
    case 'setRuntimeMode': {
      const mode = nodes[0] ? enumName(nodes[0]) : undefined;
      if (mode) b.setRuntimeMode(env, mode, at);
      return { kind: 'env', env };
    }
    case 'configure':
      if (values[0]?.kind === 'configuration') b.applyConfiguration(env, values[0].conf.entries);
      return UNKNOWN;
    case 'execute':
    case 'executeAsync':
      b.addExecute(at, env.id);
      return UNKNOWN;
    case 'fromSource':
    case 'addSource':
    case 'createInput': {
      const stream = addSourceFrom(ev, env, at, `${name}()`, values[0]);
      const label = name === 'fromSource' && nodes[2] ? stringValue(nodes[2]) : undefined;
      if (label && stream.kind === 'stream' && stream.stream.source) stream.stream.source.label ??= label;
      return stream;
    }
    default: {
      const entry = ev.catalog.envMethod('java', name);
      if (entry) {
        const source = b.addSource({ envId: env.id, range: at, callName: `${name}()`, connectorId: entry.id, connector: connectorUse(entry, name, [configCallOf(node)], at) });
        return { kind: 'stream', stream: { envId: env.id, sourceIds: [source.id], source } };
      }
      return /^(set|enable|disable|register)/.test(name) ? { kind: 'env', env } : UNKNOWN;
    }
  }
}

function addSourceFrom(ev: JavaEvaluator, env: EnvironmentModel, at: ReturnType<typeof callRangeOf>, callName: string, value: Value | undefined): Value {
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

function checkpointConfigCall(ev: JavaEvaluator, node: Node, env: EnvironmentModel, name: string, nodes: Node[]): void {
  const at = callRangeOf(node);
  const b = ev.builder;
  if (isTrackedApi('checkpointConfig', name)) b.apiCall({ receiver: 'checkpointConfig', name, range: at, argCount: nodes.length });
  switch (name) {
    case 'setCheckpointStorage': {
      // A literal, `"file:///" + dir`, `new Path("...")` or `new FileSystemCheckpointStorage(...)`.
      const first = nodes[0];
      const concatenated = first?.type === 'binary_expression' && first.text.startsWith('"') ? first.text : undefined;
      const location = first ? (stringValue(first) ?? concatenated ?? constructedLocation(first)) : undefined;
      if (location !== undefined) b.setStorage(env, location, at);
      b.checkpointCall(env, { range: at, kind: 'other', effect: location !== undefined ? `stores checkpoints in ${location}` : 'sets the checkpoint storage' });
      return;
    }
    case 'setCheckpointInterval':
      b.enableCheckpointing(env, at, 'setCheckpointInterval', numberValue(nodes[0]));
      return;
    case 'disableCheckpointing':
      b.disableCheckpointing(env, at);
      return;
    case 'setCheckpointingMode':
    case 'setCheckpointingConsistencyMode': {
      const mode = nodes[0] ? enumName(nodes[0]) : undefined;
      if (mode) b.setCheckpointMode(env, mode, at);
      return;
    }
    case 'setCheckpointTimeout':
      b.setCheckpointTimeout(env, durationMs(nodes[0]), at);
      return;
    case 'setExternalizedCheckpointRetention':
    case 'setExternalizedCheckpointCleanup':
    case 'enableExternalizedCheckpoints':
      b.setRetention(env, nodes[0] ? enumName(nodes[0]) : undefined, at);
      return;
    default:
      b.checkpointCall(env, { range: at, kind: 'other', effect: `calls ${name}()` });
  }
}

/** The directory of `new FsStateBackend("...")` / `new FileSystemCheckpointStorage("...")`. */
function constructedLocation(node: Node | undefined): string | undefined {
  if (node?.type !== 'object_creation_expression') return undefined;
  const type = typeName(node.childForFieldName('type'));
  const first = argumentNodes(node)[0];
  if (!type) return undefined;
  const literal = first ? stringValue(first) : undefined;
  return checkpointLocationOf(lastSegment(type), first ? { text: first.text, ...(literal !== undefined ? { literal } : {}) } : undefined);
}

/** `conf.set(KEY, value)`, `conf.setString("key", "value")`; returns whether it was a setter. */
function configurationCall(node: Node, conf: ConfState, name: string, nodes: Node[]): boolean {
  if (!/^set(String|Long|Integer|Boolean)?$/.test(name) || nodes.length < 2) return false;
  const keyNode = nodes[0]!;
  let key = stringValue(keyNode);
  if (key === undefined && keyNode.type === 'field_access') {
    const holder = keyNode.childForFieldName('object');
    const field = keyNode.childForFieldName('field')?.text;
    if (field) key = configKeyForOption(holder ? lastSegment(typeName(holder) ?? holder.text) : undefined, field);
  } else if (key === undefined && keyNode.type === 'identifier') {
    key = configKeyForOption(undefined, keyNode.text);
  }
  if (key === undefined) return true;
  const valueNode = nodes[1]!;
  const entry: ConfigEntry = { key, range: callRangeOf(node) };
  if (keyNode.type === 'string_literal') entry.keyRange = rangeOf(keyNode);
  const text = stringValue(valueNode);
  if (text !== undefined) entry.stringValue = text;
  const constant = enumName(valueNode);
  if (constant) entry.enumName = constant;
  const ms = durationMs(valueNode);
  if (ms !== undefined) entry.ms = ms;
  conf.entries.push(entry);
  return true;
}

function streamCall(ev: JavaEvaluator, node: Node, stream: StreamState, name: string, values: Value[], frame: Frame): Value {
  const at = callRangeOf(node);
  if (isTrackedApi('stream', name)) ev.builder.apiCall({ receiver: 'stream', name, range: at, argCount: values.length });
  const first = values[0];
  const firstString = stringValue(argumentNodes(node)[0] ?? node);
  const result = applyStreamCall(ev.builder, ev.catalog, stream, {
    languageId: 'java', rawName: name, name, at, contextName: frame.cls.name, configCall: () => configCallOf(node),
    ...(first?.kind === 'connector' ? { connector: { ...first.state, range: first.range, ...(first.built ? { built: first.built } : {}) } } : {}),
    others: values.flatMap((v) => (v.kind === 'stream' ? [v.stream] : [])), argCount: values.length,
    ...(firstString !== undefined ? { firstString } : {}),
  });
  return result.kind === 'none' ? UNKNOWN : result;
}

export function dispatchConstruction(ev: JavaEvaluator, node: Node, frame: Frame): Value {
  const { values } = ev.evalArguments(node, frame);
  const anonymousBody = node.namedChildren.some((c) => c?.type === 'class_body');
  if (anonymousBody) {
    const cls = anonymousSourceClass(node);
    return cls ? { kind: 'customSource', cls, range: rangeOf(node) } : UNKNOWN;
  }
  const type = typeName(node.childForFieldName('type'));
  if (!type) return UNKNOWN;
  const simple = lastSegment(type);
  if (simple === 'Configuration') return { kind: 'configuration', conf: { entries: [] } };
  const custom = ev.index.customSources.get(simple) ?? ev.workspace?.customSource(simple);
  if (custom) return { kind: 'customSource', cls: custom, range: rangeOf(node) };
  const entry = ev.catalog.constructorOf('java', type) ?? ev.catalog.constructorOf('java', simple);
  if (entry) return { kind: 'connector', state: { entry, api: `new ${type}`, calls: [configCallOf(node)] }, range: rangeOf(node) };
  if (ev.index.classes.has(simple) && ev.inlineConstructor(simple, values)) return { kind: 'instance', className: simple };
  return UNKNOWN;
}
