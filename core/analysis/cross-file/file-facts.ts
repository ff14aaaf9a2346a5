// What one code file contributes to the workspace index, read from its job model: the classes it
// declares, the methods others may call (resolved to snapshots without ranges of this file), its
// custom source classes, and the class names it asked about (its dependencies).
import type { EnvironmentModel, JobModel } from '../model.js';
import type { CustomSourceClass, SourceModel } from '../model.js';
import { checkpointingKnown } from '../model.js';
import type { CallerEnvironment, EnvironmentFacts, EnvironmentUse, ExportedSource, ResolvedMember } from './workspace-lookup.js';

export interface FileFacts {
  uri: string;
  declaredClasses: Set<string>;
  /** By `Class.method/argCount`. */
  members: Map<string, ResolvedMember>;
  customSources: Map<string, CustomSourceClass>;
  /** Function classes it declares that obtain keyed state. */
  keyedStateClasses: Set<string>;
  /** Function classes it declares that keep operator state. */
  operatorStateClasses: Set<string>;
  /** Class-like names the file's analysis asked the workspace about. */
  asked: Set<string>;
  /** Environments it passes to other files' methods, by the method's key. */
  passes: Map<string, CallerEnvironment[]>;
  /** Classes of other files it creates, with the checkpointing of the job that does. */
  instantiates: Map<string, EnvironmentUse>;
}

export function memberKey(className: string, name: string, argCount: number): string {
  return `${className}.${name}/${argCount}`;
}

/**
 * `file:///w/src/x/FlinkSetup.java` → `FlinkSetup.java`. Takes a URI, never a file system path:
 * in a path `%`, `#` and `?` are ordinary characters (use `basename` there, or `pathToFileURL`).
 */
export function fileNameOf(uri: string): string {
  let path: string;
  try {
    path = new URL(uri).pathname;
  } catch {
    path = uri.replace(/[?#].*$/, ''); // not a URL at all (a test's made-up name): the text is the name
  }
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last; // a malformed escape in a URI someone else made: keep the name as written
  }
}

function environmentFacts(env: EnvironmentModel, own: Pick<EnvironmentModel, 'runtimeMode' | 'checkpointing'> = env): EnvironmentFacts {
  const cp = own.checkpointing;
  const facts: EnvironmentFacts = { runtimeMode: own.runtimeMode, checkpointingEnabled: cp.enabled };
  if (cp.intervalMs !== undefined) facts.intervalMs = cp.intervalMs;
  if (cp.modeAt) facts.mode = cp.mode;
  if (cp.timeoutMs !== undefined) facts.timeoutMs = cp.timeoutMs;
  if (cp.retention) facts.retention = cp.retention;
  if (cp.storage) facts.storage = cp.storage.location;
  if (env.restart) {
    const { at: _at, ...restart } = env.restart;
    facts.restart = restart;
  }
  return facts;
}

/** A Python module's functions are exported under '' and reached through the module, named after the file. */
export function moduleNameOf(model: JobModel, uri: string): string | undefined {
  return model.languageId === 'python' ? fileNameOf(uri).replace(/\.py$/, '') : undefined;
}

export function factsOf(uri: string, model: JobModel, asked: Set<string>): FileFacts {
  const environments = new Map(model.environments.map((env) => [env.id, env]));
  const fileName = fileNameOf(uri);
  const moduleName = moduleNameOf(model, uri);
  const declaredClasses = new Set(model.declaredClasses ?? []);
  if (moduleName) declaredClasses.add(moduleName);
  const customSources = new Map<string, CustomSourceClass>();
  for (const cls of model.customSourceClasses) {
    if (!cls.anonymous && !cls.uri) customSources.set(cls.name, { ...cls, uri });
  }
  const members = new Map<string, ResolvedMember>();
  for (const exported of model.exports ?? []) {
    if (!exported.isStatic) continue;
    const className = exported.className === '' && moduleName ? moduleName : exported.className;
    const key = memberKey(className, exported.name, exported.parameterCount);
    const member: ResolvedMember = { key, origin: `${fileName}:${exported.range.start.line + 1}`, uri, configures: [] };
    for (const { index, envId } of exported.envParameters) {
      const env = environments.get(envId);
      // What the method itself does, not what its callers brought in.
      if (env) member.configures.push({ index, facts: environmentFacts(env, env.callers?.own) });
    }
    const returned = exported.returnsEnvId === undefined ? undefined : environments.get(exported.returnsEnvId);
    const returnedParameter = exported.envParameters.find((p) => p.envId === exported.returnsEnvId);
    if (returnedParameter) member.returnsParameter = returnedParameter.index;
    else if (returned && !returned.external) member.returnsEnv = environmentFacts(returned);
    if (exported.returnsConnector) {
      const { connectorId, api, calls } = exported.returnsConnector;
      member.returnsConnector = { connectorId, api, calls: calls.map(({ method, enumArgs }) => ({ method, enumArgs: [...enumArgs] })) };
    }
    if (exported.returnsCustomSource) {
      // Declared here, or in a third file this one resolved it from (then it carries that file's uri).
      const cls = customSources.get(exported.returnsCustomSource) ?? model.customSourceClasses.find((c) => c.name === exported.returnsCustomSource && c.uri);
      if (cls) member.returnsCustomSource = cls;
    }
    if (exported.returnsSourceStream) {
      const { envParameter, source } = exported.returnsSourceStream;
      member.returnsSourceStream = { envParameter, source: exportedSource(source, uri) };
    }
    members.set(key, member);
  }
  const passes = new Map<string, CallerEnvironment[]>();
  for (const { member, index, envId, at } of model.envArguments ?? []) {
    const env = environments.get(envId);
    // An environment that is itself a parameter says nothing unless its own callers were seen.
    if (!env || (env.external && !env.callers)) continue;
    const list = passes.get(member) ?? [];
    list.push({ index, facts: environmentFacts(env), origin: `${fileName}:${at.start.line + 1}` });
    passes.set(member, list);
  }
  const instantiates = new Map<string, EnvironmentUse>();
  // The file's job, judged as FLINK011 judges a function declared beside it: by its most demanding environment.
  const job = mostDemanding(model.environments.filter(checkpointingKnown).map((env) => ({ facts: environmentFacts(env), origin: '' })));
  for (const { name, at } of job ? model.instantiatedClasses ?? [] : []) {
    if (!instantiates.has(name)) instantiates.set(name, { facts: job!.facts, origin: `${fileName}:${at.start.line + 1}` });
  }
  return { uri, declaredClasses, members, customSources, keyedStateClasses: new Set(model.keyedStateClasses ?? []), operatorStateClasses: new Set(model.operatorStateClasses ?? []), asked, passes, instantiates };
}

/**
 * The use a finding should speak for: one that checkpoints, in exactly-once mode if any does. Code
 * shared by several jobs is wrong as soon as one of them is; the others get their own findings.
 */
export function mostDemanding<U extends EnvironmentUse>(uses: readonly U[]): U | undefined {
  const rank = (u: U) => (u.facts.checkpointingEnabled && u.facts.runtimeMode !== 'batch' ? 2 : 0) + (u.facts.mode !== 'at-least-once' ? 1 : 0);
  return [...uses].sort((a, b) => rank(b) - rank(a) || a.origin.localeCompare(b.origin))[0];
}

function exportedSource(source: SourceModel, uri: string): ExportedSource {
  const exported: ExportedSource = { callName: source.callName };
  if (source.connector) {
    const { connectorId, api, calls } = source.connector;
    exported.connector = { connectorId, api, calls: calls.map(({ method, enumArgs }) => ({ method, enumArgs: [...enumArgs] })) };
  }
  if (source.custom) exported.custom = source.custom.uri ? source.custom : { ...source.custom, uri };
  if (source.uid) exported.uid = true;
  if (source.label !== undefined) exported.label = source.label;
  return exported;
}
