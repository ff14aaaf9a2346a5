// The other direction of apply-member: a method that receives the environment as a parameter
// (`static DataStream<X> build(StreamExecutionEnvironment env)`) learns how the jobs that call it
// checkpoint, so its sinks and functions are judged as part of those jobs (FLINK002, FLINK003,
// FLINK011) instead of as an environment of unknown configuration. FLINK001 stays with the caller,
// where the environment is made.
import type { EnvironmentModel, JobModel } from '../model.js';
import { memberKey, moduleNameOf, mostDemanding } from './file-facts.js';
import type { CallerEnvironment, CrossFileLookup } from './workspace-lookup.js';

function applyCaller(env: EnvironmentModel, caller: CallerEnvironment): void {
  env.callers = { origin: caller.origin, own: { runtimeMode: env.runtimeMode, checkpointing: { ...env.checkpointing, calls: [...env.checkpointing.calls] } } };
  const { facts, origin } = caller;
  const cp = env.checkpointing;
  if (facts.runtimeMode !== 'streaming' && !env.runtimeModeAt) env.runtimeMode = facts.runtimeMode;
  if (facts.checkpointingEnabled && !cp.enabled && !cp.disabledAt) {
    cp.enabled = true;
    cp.enabledVia = 'configuration';
    if (facts.intervalMs !== undefined) cp.intervalMs = facts.intervalMs;
    cp.origin = origin;
  }
  if (facts.mode && !cp.modeAt) {
    cp.mode = facts.mode;
    cp.modeOrigin = origin;
  }
  if (facts.timeoutMs !== undefined && cp.timeoutMs === undefined) cp.timeoutMs = facts.timeoutMs;
}

/** Applies, to each environment parameter of this file's exported methods, the callers' checkpointing. */
export function applyCallers(model: JobModel, uri: string, workspace: CrossFileLookup | undefined): void {
  if (!workspace?.callersOf || !model.exports) return;
  const moduleName = moduleNameOf(model, uri);
  for (const exported of model.exports) {
    if (!exported.isStatic || exported.envParameters.length === 0) continue;
    const className = exported.className === '' && moduleName ? moduleName : exported.className;
    const callers = workspace.callersOf(memberKey(className, exported.name, exported.parameterCount));
    for (const { index, envId } of exported.envParameters) {
      const env = model.environments.find((e) => e.id === envId);
      const caller = mostDemanding(callers.filter((c) => c.index === index));
      if (env?.external && !env.callers && caller) applyCaller(env, caller);
    }
  }
}
