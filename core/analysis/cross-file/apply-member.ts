// Applies a method from another file at its call site: the environment it returns or configures
// gets that method's checkpointing, mode, retention, storage and restart strategy, all located at
// the call (the only place in this file that explains them) and marked with where they come from.
import { formatDuration } from '../format-duration.js';
import type { ModelBuilder } from '../languages/model-builder.js';
import type { ConfigCall, CustomSourceClass, EnvironmentModel, SourceModel } from '../model.js';
import type { Range } from '../types.js';
import type { EnvironmentFacts, ExportedSource, ResolvedMember } from './workspace-lookup.js';

export interface AppliedMember {
  env?: EnvironmentModel;
  connector?: { connectorId: string; api: string; calls: ConfigCall[] };
  customSource?: CustomSourceClass;
  /** The source the method adds to the environment passed in, now located at the call. */
  source?: SourceModel;
}

export function applyMemberAtCallSite(
  builder: ModelBuilder,
  member: ResolvedMember,
  at: Range,
  api: string,
  envArguments: readonly (EnvironmentModel | undefined)[],
): AppliedMember {
  for (const { index, facts } of member.configures) {
    const env = envArguments[index];
    if (!env) continue;
    applyFacts(builder, env, facts, at, member.origin);
    recordEnvArgument(builder, member.key, index, env, at);
  }
  if (member.returnsParameter !== undefined) {
    const env = envArguments[member.returnsParameter];
    if (env) return { env };
  }
  if (member.returnsEnv) {
    const env = builder.createEnvironment(at, api, member.returnsEnv.runtimeMode);
    applyFacts(builder, env, member.returnsEnv, at, member.origin);
    return { env };
  }
  if (member.returnsConnector) {
    const { connectorId, api: connectorApi, calls } = member.returnsConnector;
    // Fresh calls located at the call site: fixes need the builder's text, which is in the other file.
    return { connector: { connectorId, api: connectorApi, calls: calls.map((c) => ({ ...c, range: at, args: [] })) } };
  }
  if (member.returnsCustomSource) return { customSource: member.returnsCustomSource };
  if (member.returnsSourceStream) {
    const env = envArguments[member.returnsSourceStream.envParameter];
    if (env) return { source: addSourceAtCall(builder, env, member.returnsSourceStream.source, at, api) };
  }
  return {};
}

/** The helper's source, added to the caller's environment at the call (where a `.uid(...)` would go). */
function addSourceAtCall(builder: ModelBuilder, env: EnvironmentModel, source: ExportedSource, at: Range, api: string): SourceModel {
  const added: Omit<SourceModel, 'id'> = { envId: env.id, range: at, callName: `${api}()` };
  if (source.connector) {
    const { connectorId, api: connectorApi, calls } = source.connector;
    added.connectorId = connectorId;
    added.connector = { connectorId, api: connectorApi, calls: calls.map((c) => ({ ...c, range: at, args: [] })), range: at };
  }
  if (source.custom) {
    builder.addCustomSourceClass(source.custom);
    added.custom = source.custom;
  }
  if (source.uid) added.uid = true;
  if (source.label !== undefined) added.label = source.label;
  return builder.addSource(added);
}

/** Remembers the environment passed, so the method's file learns how this job checkpoints. */
function recordEnvArgument(builder: ModelBuilder, key: string, index: number, env: EnvironmentModel, at: Range): void {
  const list = (builder.model.envArguments ??= []);
  if (!list.some((a) => a.member === key && a.index === index && a.envId === env.id)) list.push({ member: key, index, envId: env.id, at });
}

function applyFacts(builder: ModelBuilder, env: EnvironmentModel, facts: EnvironmentFacts, at: Range, origin: string): void {
  const cp = env.checkpointing;
  if (facts.checkpointingEnabled && !cp.enabled) {
    cp.enabled = true;
    cp.enabledAt = at;
    cp.enabledVia = 'configuration';
    if (facts.intervalMs !== undefined) cp.intervalMs = facts.intervalMs;
    cp.origin = origin;
    const every = facts.intervalMs !== undefined ? ` every ${formatDuration(facts.intervalMs)}` : '';
    builder.checkpointCall(env, { range: at, kind: 'enable', effect: `enables checkpointing${every} (in ${origin})` });
  }
  if (facts.mode) {
    builder.setCheckpointMode(env, facts.mode === 'exactly-once' ? 'EXACTLY_ONCE' : 'AT_LEAST_ONCE', at);
    cp.modeOrigin = origin;
  }
  if (facts.timeoutMs !== undefined) cp.timeoutMs = facts.timeoutMs;
  if (facts.retention) builder.setRetention(env, facts.retention, at);
  if (facts.storage && !cp.storage) cp.storage = { location: facts.storage, origin };
  if (facts.restart) env.restart = { ...facts.restart, origin };
}
