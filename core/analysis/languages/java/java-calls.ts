// What a Java call does to the job model, by the kind of its receiver: environment, checkpoint config,
// Configuration, stream, connector builder, or a type (static factories, same-file helpers). What the
// Flink API means is written once in ../flink-semantics/ and ../stream-calls.ts; here is Java syntax.
import { inlineMapEntries } from './java-config-map.js';
import type { Node } from 'web-tree-sitter';
import { applyMemberAtCallSite } from '../../cross-file/apply-member.js';
import { isTrackedApi } from '../../version/removed-apis.js';
import { applyStreamCall } from '../stream-calls.js';
import { cepPattern, mergeStreams } from '../stream-stages.js';
import { createEnvironment, envCall, isEnvironmentFactory } from '../flink-semantics/env-calls.js';
import { checkpointConfigCall } from '../flink-semantics/checkpoint-config-calls.js';
import { configurationCall } from '../flink-semantics/configuration-calls.js';
import { JavaCall } from './java-arguments.js';
import { TABLE_TO_STREAM } from '../sql-tables.js';
import { connectorUse } from '../model-builder.js';
import { anonymousSourceClass, lastSegment } from './java-class-index.js';
import type { Frame, JavaEvaluator } from './java-evaluator.js';
import { argumentNodes, callRangeOf, configCallOf, rangeOf, stringValue, typeName } from './java-nodes.js';
import type { StreamState, Value } from './java-values.js';
import { UNKNOWN } from './java-values.js';

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
      return typeCall(ev, node, receiver.name, name, nodes, values, frame);
    case 'env':
      return envCall(ev, receiver.env, new JavaCall(node, nodes, values));
    case 'checkpointConfig':
      checkpointConfigCall(ev, receiver.env, new JavaCall(node, nodes, values));
      return UNKNOWN;
    case 'configuration':
      return configurationCall(ev.builder, receiver.conf, new JavaCall(node, nodes, values)) ? receiver : UNKNOWN;
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

function typeCall(ev: JavaEvaluator, node: Node, typeName: string, name: string, nodes: Node[], values: Value[], frame: Frame): Value {
  const simple = lastSegment(typeName);
  if (isEnvironmentFactory(simple, name)) return { kind: 'env', env: createEnvironment(ev, simple, new JavaCall(node, nodes, values), rangeOf(node)) };
  if (simple === 'Configuration' && name === 'fromMap') return { kind: 'configuration', conf: { entries: inlineMapEntries(nodes[0]) } };
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
